package nl.vaardig.web.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LinkTokenTest {

    @Test
    void tokensAreLongUrlSafeAndDifferentAndOnlyTheirHashIsKept() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = LinkToken.generate();
            assertThat(LinkToken.wellFormed(token)).as(token).isTrue();
            assertThat(seen.add(token)).isTrue();
        }
        String token = seen.iterator().next();
        assertThat(LinkToken.sha256(token)).hasSize(64).isEqualTo(LinkToken.sha256(token)).isNotEqualTo(token);
    }

    @Test
    void anythingElseIsNotAToken() {
        assertThat(LinkToken.wellFormed(null)).isFalse();
        assertThat(LinkToken.wellFormed("kort")).isFalse();
        assertThat(LinkToken.wellFormed("A".repeat(42) + "/")).isFalse();
        assertThat(LinkToken.wellFormed("A".repeat(44))).isFalse();
    }
}
