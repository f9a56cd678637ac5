package nl.vaardig.web.platform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import java.util.List;
import java.util.Locale;

/** Dutch unless the client asks for English; any other language gets Dutch. */
@Configuration
public class LocaleConfiguration {

    public static final Locale DUTCH = Locale.of("nl");

    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(List.of(DUTCH, Locale.ENGLISH));
        resolver.setDefaultLocale(DUTCH);
        return resolver;
    }
}
