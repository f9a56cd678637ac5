package nl.vaardig.web.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class InputRejectedProblemTest {

    @Test
    void inputThatBreaksAServiceRuleIsAValidationProblemWithItsFieldErrors() {
        var request = new MockHttpServletRequest("POST", "/api/team/outlooks");
        var rejected = new InputRejectedException(List.of(new FieldError("region", "Kies een arbeidsmarktregio."),
                new FieldError("skills[0]", "Dit is geen bekende ESCO-vaardigheid.")));

        var problem = new ApiProblemHandler().rejected(rejected, request);

        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getType()).isEqualTo(ProblemTypes.VALIDATION);
        assertThat(problem.getProperties()).containsEntry("errors", rejected.errors());
        assertThat(rejected.errors()).extracting(FieldError::field).containsExactly("region", "skills[0]");
    }
}
