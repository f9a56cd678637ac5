package nl.vaardig.web.platform.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;

/**
 * Errors that happen outside Spring MVC (a filter, a missing static file, the container) are
 * dispatched to {@code /error}; they get the same problem documents as the API, never a
 * whitelabel page or a stack trace.
 */
@RestController
public class ProblemErrorController implements ErrorController {

    private final ProblemResponseWriter writer;

    public ProblemErrorController(ProblemResponseWriter writer) {
        this.writer = writer;
    }

    @RequestMapping("/error")
    @jakarta.annotation.security.PermitAll
    public void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? value : 500;
        if (status < 400) {
            status = 500;
        }
        String[] detail = switch (status) {
            case 404 -> new String[] {"Dit adres bestaat niet.", "This address does not exist."};
            case 401 -> new String[] {"Log in om verder te gaan.", "Please sign in to continue."};
            case 403 -> new String[] {"Je hebt geen toegang.", "You have no access."};
            case 413 -> new String[] {"Het verzoek is groter dan toegestaan.", "The request is larger than allowed."};
            default -> status >= 500
                    ? new String[] {"Er ging iets mis aan onze kant. Probeer het later opnieuw.",
                            "Something went wrong on our side. Please try again later."}
                    : new String[] {"Het verzoek kon niet worden verwerkt.", "The request could not be processed."};
        };
        if (!response.isCommitted()) {
            response.reset();
            writer.write(request, response, status, detail[0], detail[1]);
        }
    }
}
