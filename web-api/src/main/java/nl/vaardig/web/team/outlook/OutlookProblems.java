package nl.vaardig.web.team.outlook;

import jakarta.servlet.http.HttpServletRequest;
import nl.vaardig.web.platform.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Problem documents of the team outlook endpoints: 409 already invited, 410 expired link. */
@RestControllerAdvice(assignableTypes = {TeamOutlookController.class, WorkerAnswerController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class OutlookProblems {

    @ExceptionHandler(OutlookRefusals.AlreadyInvited.class)
    ProblemDetail alreadyInvited(OutlookRefusals.AlreadyInvited ex, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT,
                "Dit adres heeft al een uitnodiging voor dit team: " + ex.email() + ". Trek die eerst in als je opnieuw wilt uitnodigen.",
                "This address already has an invitation for this team: " + ex.email() + ". Revoke it first to invite again.",
                request);
        problem.setProperty("email", ex.email());
        return problem;
    }

    @ExceptionHandler(OutlookRefusals.Expired.class)
    ProblemDetail expired(OutlookRefusals.Expired ex, HttpServletRequest request) {
        return Problems.of(HttpStatus.GONE,
                "Deze link is verlopen: je kunt niet meer antwoorden. Eerdere antwoorden intrekken kan nog wel.",
                "This link has expired: you can no longer answer. You can still withdraw earlier answers.", request);
    }
}
