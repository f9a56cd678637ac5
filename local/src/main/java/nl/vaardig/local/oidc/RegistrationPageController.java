package nl.vaardig.local.oidc;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/**
 * The local provider's registration page ({@code /registreren}), server-rendered like the sign-in page: a job
 * seeker creates an account (name, username, password of at least 12 characters), is signed in at once and
 * continues the authorization request that brought them here, so the app receives them signed in.
 */
@Controller
@ConditionalOnBooleanProperty("vaardig.oidc.local-provider.enabled")
public class RegistrationPageController {

    /** Everyone who registers here is a job seeker; other roles are given by an administrator. */
    static final List<String> ROLES = List.of("JOB_SEEKER");
    static final int MIN_PASSWORD = 12;
    static final int MAX_PASSWORD = 128;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@+-]{3,100}");

    private final LocalAccountStore accounts;
    private final LocalProviderProperties properties;
    private final PasswordEncoder encoder;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final RequestCache requests = new HttpSessionRequestCache();

    private final SignInThrottle throttle;

    public RegistrationPageController(LocalAccountStore accounts, LocalProviderProperties properties,
                                      PasswordEncoder encoder, SignInThrottle throttle) {
        this.throttle = throttle;
        this.accounts = accounts;
        this.properties = properties;
        this.encoder = encoder;
    }

    static UserDetails userDetails(LocalAccountStore.LocalAccount account) {
        return User.withUsername(account.username()).password(account.passwordHash())
                .roles(ROLES.toArray(String[]::new)).build();
    }

    @GetMapping(value = "/registreren", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    @PermitAll
    public String form(HttpServletRequest request, @RequestParam(value = "lang", required = false) String lang) {
        return page(request, english(request, lang), "", "", Map.of());
    }

    @PostMapping(value = "/registreren", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    @PermitAll
    public String register(HttpServletRequest request, HttpServletResponse response,
                           @RequestParam(value = "lang", required = false) String lang,
                           @RequestParam(value = "name", defaultValue = "") String name,
                           @RequestParam(value = "username", defaultValue = "") String username,
                           @RequestParam(value = "password", defaultValue = "") String password,
                           @RequestParam(value = "confirm", defaultValue = "") String confirm) throws IOException {
        boolean english = english(request, lang);
        String cleanName = name.strip();
        String cleanUsername = username.strip();
        java.util.Optional<java.time.Duration> throttled = throttle.registrationRefusedFor(request.getRemoteAddr());
        if (throttled.isPresent()) {
            long minutes = SignInThrottle.minutes(throttled.get());
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(Math.max(1, throttled.get().toSeconds())));
            return page(request, english, cleanName, cleanUsername, Map.of("username", english
                    ? "Too many accounts were created from your address. Try again in " + minutes + " minutes."
                    : "Er zijn te veel accounts aangemaakt vanaf jouw adres. Probeer het over " + minutes + " minuten opnieuw."));
        }
        Map<String, String> errors = check(cleanName, cleanUsername, password, confirm, english);
        if (errors.isEmpty()) {
            try {
                LocalAccountStore.LocalAccount account = accounts.create(cleanUsername, encoder.encode(password), cleanName);
                signIn(userDetails(account), request, response);
                continueAuthorization(request, response);
                return null;
            } catch (LocalAccountStore.UsernameTakenException e) {
                errors.put("username", taken(english));
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(request, english, cleanName, cleanUsername, errors);
    }

    private Map<String, String> check(String name, String username, String password, String confirm, boolean english) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (name.isEmpty() || name.length() > 100) {
            errors.put("name", english ? "Fill in your name (at most 100 characters)."
                    : "Vul je naam in (hoogstens 100 tekens).");
        }
        if (!USERNAME.matcher(username).matches()) {
            errors.put("username", english
                    ? "A username has 3 to 100 characters: letters, digits and . _ @ + - (an e-mail address works)."
                    : "Een gebruikersnaam heeft 3 tot 100 tekens: letters, cijfers en . _ @ + - (een e-mailadres kan ook).");
        } else if (properties.accounts().stream().anyMatch(a -> a.username().equalsIgnoreCase(username))) {
            errors.put("username", taken(english));
        }
        if (password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            errors.put("password", english ? "A password has at least 12 (and at most 128) characters."
                    : "Een wachtwoord heeft minstens 12 (en hoogstens 128) tekens.");
        } else if (password.equalsIgnoreCase(username)) {
            errors.put("password", english ? "Your password must differ from your username."
                    : "Je wachtwoord moet anders zijn dan je gebruikersnaam.");
        }
        if (!confirm.equals(password)) {
            errors.put("confirm", english ? "The two passwords are not the same." : "De twee wachtwoorden zijn niet gelijk.");
        }
        return errors;
    }

    private static String taken(boolean english) {
        return english ? "This username is already taken. Choose another one or sign in."
                : "Deze gebruikersnaam is al in gebruik. Kies een andere of log in.";
    }

    /** Signs the new account in for this browser session, under a new session id (no fixation). */
    private void signIn(UserDetails user, HttpServletRequest request, HttpServletResponse response) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        // the password factor, stamped now, as the form login records it (the ID token's auth_time comes from it)
        List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    /** Back to the authorization request that sent the person here (the app's sign-in), or to the app's start. */
    private void continueAuthorization(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SavedRequest saved = requests.getRequest(request, response);
        requests.removeRequest(request, response);
        response.sendRedirect(saved != null ? saved.getRedirectUrl() : "/");
    }

    private static boolean english(HttpServletRequest request, String lang) {
        return lang != null ? lang.toLowerCase(Locale.ROOT).startsWith("en") : "en".equals(request.getLocale().getLanguage());
    }

    private static String page(HttpServletRequest request, boolean english, String name, String username,
                               Map<String, String> errors) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        StringBuilder html = new StringBuilder(4096);
        html.append("<!doctype html><html lang=\"").append(english ? "en" : "nl").append("\"><head>")
                .append("<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(errors.isEmpty() ? "" : english ? "Error: " : "Fout: ")
                .append(english ? "Create an account – Vaardig" : "Registreren – Vaardig").append("</title>")
                .append("<link rel=\"stylesheet\" href=\"/login.css\"></head><body>")
                .append("<main class=\"login\"><h1>Vaardig</h1><h2>")
                .append(english ? "Create an account" : "Registreren").append("</h2>")
                .append("<p>").append(english
                        ? "With an account you can keep your skills profile and choose who may see it. You decide on the next page what we may do with it."
                        : "Met een account bewaar je je vaardighedenprofiel en kies je wie het mag zien. Wat wij ermee mogen, kies je op de volgende pagina.")
                .append("</p>");
        if (!errors.isEmpty()) {
            html.append("<p class=\"error\" role=\"alert\">").append(english
                    ? "Please correct the fields marked below." : "Verbeter de velden die hieronder zijn gemarkeerd.").append("</p>");
        }
        html.append("<form method=\"post\" action=\"/registreren").append(english ? "?lang=en" : "").append("\" novalidate>");
        field(html, "name", english ? "Your name" : "Je naam", "text", "name", name, null, errors);
        field(html, "username", english ? "Username (or your e-mail address)" : "Gebruikersnaam (of je e-mailadres)",
                "text", "username", username, null, errors);
        field(html, "password", english ? "Password" : "Wachtwoord", "password", "new-password", "",
                english ? "At least 12 characters. A sentence you remember works well."
                        : "Minstens 12 tekens. Een zin die je onthoudt, werkt goed.", errors);
        field(html, "confirm", english ? "Repeat the password" : "Herhaal het wachtwoord", "password", "new-password", "",
                null, errors);
        if (csrf != null) {
            html.append("<input type=\"hidden\" name=\"").append(HtmlUtils.htmlEscape(csrf.getParameterName()))
                    .append("\" value=\"").append(HtmlUtils.htmlEscape(csrf.getToken())).append("\">");
        }
        html.append("<button type=\"submit\">").append(english ? "Create account" : "Account aanmaken").append("</button></form>")
                .append("<p><a href=\"/login").append(english ? "?lang=en" : "").append("\">")
                .append(english ? "Already have an account? Sign in" : "Al een account? Inloggen").append("</a></p>")
                .append("<p class=\"lang\"><a href=\"/registreren?lang=")
                .append(english ? "nl\" lang=\"nl\">Nederlands" : "en\" lang=\"en\">English").append("</a></p>")
                .append("</main></body></html>");
        return html.toString();
    }

    private static void field(StringBuilder html, String id, String label, String type, String autocomplete,
                              String value, String hint, Map<String, String> errors) {
        String error = errors.get(id);
        StringBuilder describedBy = new StringBuilder();
        html.append("<label for=\"").append(id).append("\">").append(label).append("</label>");
        if (hint != null) {
            html.append("<p class=\"hint\" id=\"").append(id).append("-hint\">").append(hint).append("</p>");
            describedBy.append(id).append("-hint");
        }
        if (error != null) {
            html.append("<p class=\"field-error\" id=\"").append(id).append("-error\">").append(HtmlUtils.htmlEscape(error)).append("</p>");
            describedBy.append(describedBy.isEmpty() ? "" : " ").append(id).append("-error");
        }
        html.append("<input id=\"").append(id).append("\" name=\"").append(id).append("\" type=\"").append(type)
                .append("\" autocomplete=\"").append(autocomplete).append("\" required");
        if (!value.isEmpty()) {
            html.append(" value=\"").append(HtmlUtils.htmlEscape(value)).append('"');
        }
        if (error != null) {
            html.append(" aria-invalid=\"true\"");
        }
        if (!describedBy.isEmpty()) {
            html.append(" aria-describedby=\"").append(describedBy).append('"');
        }
        html.append('>');
    }
}
