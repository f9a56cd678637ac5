package nl.vaardig.web.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import nl.vaardig.web.platform.security.CurrentUser;
import nl.vaardig.web.platform.security.Role;
import org.junit.jupiter.api.Test;

class AuditEntryTest {

    @Test
    void an_employer_is_named_by_organisation_and_a_coach_by_regions_never_by_person() {
        var employer = new CurrentUser("s1", "werkgever", "Petra de Vries", Set.of(Role.EMPLOYER), Set.of(),
                "Zorggroep Amstelland");
        var coach = new CurrentUser("s2", "jobcoach", "Jan Jansen", Set.of(Role.JOBCOACH), Set.of("AM22", "AM18"), null);
        assertThat(AuditLog.labelOf(employer)).isEqualTo("Werkgever Zorggroep Amstelland");
        assertThat(AuditLog.labelOf(coach)).isEqualTo("Jobcoach AM18, AM22");
    }

    @Test
    void an_audit_line_refuses_an_oversized_detail_and_a_missing_actor() {
        UUID id = UUID.randomUUID();
        assertThatThrownBy(() -> new AuditEntry(id, Instant.now(), "s", "EMPLOYER", "label",
                AuditAction.PROFILE_VIEWED_BY_EMPLOYER, null, "x".repeat(501)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuditEntry(id, Instant.now(), " ", "EMPLOYER", "label",
                AuditAction.PROFILE_VIEWED_BY_EMPLOYER, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
