package nl.vaardig.web.platform.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;

import java.io.IOException;
import java.time.Duration;

/**
 * Serves the single-page app from {@code classpath:/static/}. A path without a file extension that
 * is not an API or provider path is a client-side route (e.g. {@code /werkzoekende}) and gets
 * {@code index.html}; a missing asset or API path stays a 404 problem.
 */
@Configuration
public class SinglePageAppConfiguration implements WebMvcConfigurer {

    private static final String[] SERVER_PREFIXES = {
            "api/", "v3/", "swagger-ui", "actuator/", "oauth2/", "connect/", "userinfo", ".well-known/", "login", "error"};

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/static/assets/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
        registry.addResourceHandler("/**")
                .addResourceLocations("classpath:/static/")
                .setCacheControl(CacheControl.noCache())
                .resourceChain(true)
                .addResolver(new SinglePageAppResolver());
    }

    static boolean isClientRoute(String path) {
        if (path.isEmpty()) {
            return true;
        }
        for (String prefix : SERVER_PREFIXES) {
            if (path.startsWith(prefix)) {
                return false;
            }
        }
        String lastSegment = path.substring(path.lastIndexOf('/') + 1);
        return !lastSegment.contains(".");
    }

    private static final class SinglePageAppResolver extends PathResourceResolver {
        @Override
        protected Resource getResource(String resourcePath, Resource location) throws IOException {
            if (!resourcePath.isEmpty()) {
                Resource requested = super.getResource(resourcePath, location);
                if (requested != null) {
                    return requested;
                }
            }
            if (isClientRoute(resourcePath)) {
                Resource index = new ClassPathResource("/static/index.html");
                return index.exists() ? index : null;
            }
            return null;
        }
    }
}
