package nl.vaardig.web.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.vaardig.web.candidate.SharedContact;
import org.junit.jupiter.api.Test;

class SharedContactTest {

    @Test
    void aSharedContactIsANameWithAnOptionalEmailAddressAndPhoneNumber() {
        SharedContact c = new SharedContact(" Anna de Vries ", "", " ");
        assertThat(c.name()).isEqualTo("Anna de Vries");
        assertThat(c.email()).isNull();
        assertThat(c.phone()).isNull();
        assertThat(new SharedContact("Anna", "anna@example.nl", "+31 6-1234 5678").phone()).isEqualTo("+31 6-1234 5678");
    }

    @Test
    void malformedContactDetailsNeverGetIn() {
        assertThatThrownBy(() -> new SharedContact(" ", null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SharedContact("n".repeat(121), null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SharedContact("Anna", "anna.example.nl", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SharedContact("Anna", null, "bel me")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SharedContact("Anna", null, "0612")).as("too few digits").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SharedContact("Anna", null, "0612345678901234")).as("too many digits").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anInvitationIsAnsweredExactlyWhenItIsNoLongerOpenAndHasContactOnlyWhenAccepted() {
        var now = java.time.Instant.now();
        var id = java.util.UUID.randomUUID();
        assertThatThrownBy(() -> new Invitation(id, id, id, "Org", "AM18", "", InvitationStatus.OPEN, 0, now, now, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Invitation(id, id, id, "Org", "AM18", "", InvitationStatus.DECLINED, 1, now, now,
                new SharedContact("Anna", null, null))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Invitation(id, id, id, "Org", "AM18", "x".repeat(1001), InvitationStatus.OPEN, 0, now, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
