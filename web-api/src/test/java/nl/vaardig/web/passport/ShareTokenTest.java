package nl.vaardig.web.passport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShareTokenTest {

    @Test
    void tokensAreLongUrlSafeAndDifferentAndOnlyTheirHashIsKept() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = ShareToken.generate();
            assertThat(ShareToken.wellFormed(token)).as(token).isTrue();
            assertThat(seen.add(token)).isTrue();
        }
        String token = seen.iterator().next();
        assertThat(ShareToken.sha256(token)).hasSize(64).isEqualTo(ShareToken.sha256(token)).isNotEqualTo(token);
    }

    @Test
    void anythingElseIsNotAToken() {
        assertThat(ShareToken.wellFormed(null)).isFalse();
        assertThat(ShareToken.wellFormed("kort")).isFalse();
        assertThat(ShareToken.wellFormed("A".repeat(42) + "/")).isFalse();
        assertThat(ShareToken.wellFormed("A".repeat(44))).isFalse();
    }
}
