package nl.vaardig.web.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Synthetic demo data at start ({@code vaardig.demo.*}); on in the local profile only. Every record is generated
 * from ESCO by a seeded generator, marked synthetic in the data and labelled "(demo)" wherever it is shown.
 *
 * @param vacancies        demo vacancies spread over the 35 regions (besides the demo employer's own)
 * @param profiles         synthetic candidate profiles (most consent to employer search in their region)
 * @param routes           learning routes in the demo catalogue (besides the routes for the demo employer's jobs)
 * @param employerVacancies vacancies of the demo employer organisation (Zorggroep Amstelland, AM18)
 * @param seed             generator seed: the same seed gives the same data
 * @param inBackground     a first start seeds the stored demo data after "ready" instead of before it
 */
@ConfigurationProperties("vaardig.demo")
public record DemoDataProperties(@DefaultValue("false") boolean enabled,
                                 @DefaultValue("3000") int vacancies,
                                 @DefaultValue("3000") int profiles,
                                 @DefaultValue("3000") int routes,
                                 @DefaultValue("10") int employerVacancies,
                                 @DefaultValue("20261204") long seed,
                                 @DefaultValue("false") boolean inBackground) {

    public DemoDataProperties {
        if (vacancies < 0 || vacancies > 200_000 || profiles < 0 || profiles > 200_000 || routes < 0 || routes > 50_000) {
            throw new IllegalArgumentException("demo sizes must be 0-200,000 vacancies/profiles and 0-50,000 routes");
        }
        if (employerVacancies < 0 || employerVacancies > DemoEmployer.OCCUPATIONS.size()) {
            throw new IllegalArgumentException("the demo employer has 0-" + DemoEmployer.OCCUPATIONS.size() + " vacancies");
        }
    }
}
