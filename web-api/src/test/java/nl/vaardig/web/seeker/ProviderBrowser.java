package nl.vaardig.web.seeker;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without JavaScript against the local provider: keeps cookies, follows nothing by itself, and walks the
 * app's authorization-code + PKCE flow step by step, as oidc-client-ts does in the real browser.
 */
final class ProviderBrowser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String clientId;
    final String verifier = UUID.randomUUID() + "-" + UUID.randomUUID();

    ProviderBrowser(String base, String clientId) {
        this.base = base;
        this.clientId = clientId;
    }

    String redirectUri() {
        return base + "/auth/callback";
    }

    /** The app's authorization request; {@code prompt=create} asks for the registration page. */
    HttpResponse<String> authorize(String prompt) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", clientId);
        query.put("redirect_uri", redirectUri());
        query.put("scope", "openid profile");
        query.put("state", "s-" + UUID.randomUUID());
        query.put("code_challenge", challenge(verifier));
        query.put("code_challenge_method", "S256");
        if (prompt != null) {
            query.put("prompt", prompt);
        }
        return get(base + "/oauth2/authorize?" + form(query));
    }

    HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url.startsWith("/") ? base + url : url))
                .header("Accept", "text/html").GET().build());
    }

    /** An app API call from the same browser: the provider's session cookie goes along, as in a real tab. */
    HttpResponse<String> api(String path, String accessToken) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json")
                .header("Authorization", "Bearer " + accessToken).GET().build());
    }

    /** Posts a form of the provider's pages with the CSRF token of the page last read. */
    HttpResponse<String> postForm(String path, String page, Map<String, String> fields) {
        Matcher csrf = CSRF.matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the page");
        }
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrf.group(1));
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(all))).build());
    }

    /** Exchanges the code of the callback address for tokens (JSON). */
    HttpResponse<String> token(String callback) {
        String code = Pattern.compile("[?&]code=([^&]+)").matcher(callback).results().findFirst()
                .orElseThrow(() -> new IllegalStateException("no code in " + callback)).group(1);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("grant_type", "authorization_code");
        fields.put("code", URLDecoderHolder.decode(code));
        fields.put("redirect_uri", redirectUri());
        fields.put("client_id", clientId);
        fields.put("code_verifier", verifier);
        return send(HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))).build());
    }

    static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow(
                () -> new IllegalStateException("no redirect (HTTP " + response.statusCode() + "): " + response.body()));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class URLDecoderHolder {
        static String decode(String s) {
            return java.net.URLDecoder.decode(s, StandardCharsets.UTF_8);
        }
    }
}
