package nl.vaardig.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.metrics.ApplicationStartup;
import org.springframework.core.metrics.jfr.FlightRecorderApplicationStartup;

import static org.assertj.core.api.Assertions.assertThat;

class VaardigApplicationTest {

    String before;

    @BeforeEach
    void remember() {
        before = System.getProperty(VaardigApplication.CARRIERS);
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(VaardigApplication.CARRIERS);
        } else {
            System.setProperty(VaardigApplication.CARRIERS, before);
        }
    }

    @Test
    void withoutASettingTheVirtualThreadsGetMoreCarriersThanCores() {
        System.clearProperty(VaardigApplication.CARRIERS);
        VaardigApplication.carriers();
        assertThat(Integer.parseInt(System.getProperty(VaardigApplication.CARRIERS)))
                .isEqualTo(Math.max(VaardigApplication.MIN_CARRIERS, Runtime.getRuntime().availableProcessors()));
    }

    @Test
    void aNumberGivenToTheJvmIsKept() {
        System.setProperty(VaardigApplication.CARRIERS, "3");
        VaardigApplication.carriers();
        assertThat(System.getProperty(VaardigApplication.CARRIERS)).isEqualTo("3");
    }

    @Test
    void startUpStepsGoToTheFlightRecorderOnlyWhenAskedFor() {
        assertThat(VaardigApplication.startupSteps("jfr")).isInstanceOf(FlightRecorderApplicationStartup.class);
        assertThat(VaardigApplication.startupSteps(null)).isSameAs(ApplicationStartup.DEFAULT);
        assertThat(VaardigApplication.startupSteps("other")).isSameAs(ApplicationStartup.DEFAULT);
    }
}
