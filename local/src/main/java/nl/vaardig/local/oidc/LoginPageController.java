package nl.vaardig.local.oidc;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

import java.util.Locale;

/**
 * The local provider's sign-in page, in Dutch (English with {@code ?lang=en} or an English
 * browser). Server-rendered so that it works before the single-page app is loaded, and accessible:
 * labelled fields, an error announced with role="alert", visible focus (login.css).
 */
@Controller
@ConditionalOnBooleanProperty("vaardig.oidc.local-provider.enabled")
public class LoginPageController {

    private final LocalProviderProperties properties;

    public LoginPageController(LocalProviderProperties properties) {
        this.properties = properties;
    }

    @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    @PermitAll
    public String loginPage(HttpServletRequest request,
                            @RequestParam(value = "lang", required = false) String lang,
                            @RequestParam(value = "error", required = false) String error,
                            @RequestParam(value = "logout", required = false) String logout,
                            @RequestParam(value = "locked", required = false) String locked) {
        boolean english = lang != null ? lang.toLowerCase(Locale.ROOT).startsWith("en")
                : "en".equals(request.getLocale().getLanguage());
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        StringBuilder html = new StringBuilder(4096);
        html.append("<!doctype html><html lang=\"").append(english ? "en" : "nl").append("\"><head>")
                .append("<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(english ? "Sign in – Vaardig" : "Inloggen – Vaardig").append("</title>")
                .append("<link rel=\"stylesheet\" href=\"/login.css\"></head><body>")
                .append("<main class=\"login\"><h1>Vaardig</h1><h2>")
                .append(english ? "Sign in" : "Inloggen").append("</h2>");
        if (error != null) {
            html.append("<p class=\"error\" role=\"alert\">")
                    .append(english ? "Unknown username or wrong password. Please try again."
                            : "Onbekende gebruikersnaam of onjuist wachtwoord. Probeer het opnieuw.")
                    .append("</p>");
        }
        if (locked != null) {
            long minutes = lockedMinutes(locked);
            html.append("<p class=\"error\" role=\"alert\">")
                    .append(english ? "Too many failed sign-in attempts. Wait " + minutes + (minutes == 1 ? " minute" : " minutes")
                                    + " and try again; until then signing in is blocked, also with the right password."
                            : "Te veel mislukte inlogpogingen. Wacht " + minutes + (minutes == 1 ? " minuut" : " minuten")
                                    + " en probeer het dan opnieuw; tot die tijd kun je ook met het juiste wachtwoord niet inloggen.")
                    .append("</p>");
        }
        if (logout != null) {
            html.append("<p class=\"info\" role=\"status\">")
                    .append(english ? "You have been signed out." : "Je bent uitgelogd.").append("</p>");
        }
        html.append("<form method=\"post\" action=\"/login\">")
                .append("<label for=\"username\">").append(english ? "Username" : "Gebruikersnaam").append("</label>")
                .append("<input id=\"username\" name=\"username\" type=\"text\" autocomplete=\"username\" required autofocus>")
                .append("<label for=\"password\">").append(english ? "Password" : "Wachtwoord").append("</label>")
                .append("<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required>");
        if (csrf != null) {
            html.append("<input type=\"hidden\" name=\"").append(HtmlUtils.htmlEscape(csrf.getParameterName()))
                    .append("\" value=\"").append(HtmlUtils.htmlEscape(csrf.getToken())).append("\">");
        }
        html.append("<button type=\"submit\">").append(english ? "Sign in" : "Inloggen").append("</button></form>")
                .append("<p class=\"register\">").append(english ? "No account yet? " : "Nog geen account? ")
                .append("<a href=\"/registreren").append(english ? "?lang=en" : "").append("\">")
                .append(english ? "Create an account" : "Registreren").append("</a></p>")
                .append("<p class=\"lang\"><a href=\"/login?lang=").append(english ? "nl\" lang=\"nl\">Nederlands" : "en\" lang=\"en\">English")
                .append("</a></p>");
        appendDemoAccounts(html, english);
        html.append("</main></body></html>");
        return html.toString();
    }

    /** The wait the throttle put in the redirect, within sane bounds (the parameter comes from the address bar). */
    static long lockedMinutes(String locked) {
        try {
            return Math.min(24 * 60, Math.max(1, Long.parseLong(locked.strip())));
        } catch (NumberFormatException e) {
            return 15;
        }
    }

    /** The local profile is a demonstration: saying which accounts exist saves a trip to the README. */
    private void appendDemoAccounts(StringBuilder html, boolean english) {
        if (properties.accounts().isEmpty()) {
            return;
        }
        html.append("<section class=\"demo\" aria-labelledby=\"demo-title\"><h2 id=\"demo-title\">")
                .append(english ? "Demo accounts (local only)" : "Demo-accounts (alleen lokaal)")
                .append("</h2><table><thead><tr><th scope=\"col\">")
                .append(english ? "Username" : "Gebruikersnaam").append("</th><th scope=\"col\">")
                .append(english ? "Role" : "Rol").append("</th></tr></thead><tbody>");
        for (LocalProviderProperties.DemoAccount account : properties.accounts()) {
            html.append("<tr><td>").append(HtmlUtils.htmlEscape(account.username())).append("</td><td>")
                    .append(HtmlUtils.htmlEscape(String.join(", ", account.roles())));
            if (!account.regions().isEmpty()) {
                html.append(" (").append(HtmlUtils.htmlEscape(String.join(", ", account.regions()))).append(')');
            }
            html.append("</td></tr>");
        }
        html.append("</tbody></table><p>")
                .append(english ? "The password of every demo account is in the README."
                        : "Het wachtwoord van elk demo-account staat in de README.")
                .append("</p></section>");
    }
}
