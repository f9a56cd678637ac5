package nl.vaardig.matching.gap;

import java.util.Objects;
import nl.vaardig.matching.model.Vacancy;
import nl.vaardig.matching.model.VacancyId;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.taxonomy.region.AmrCode;

/** What a person wants to qualify for: one vacancy, an occupation, or "the jobs in my region". */
public sealed interface Target {

    /** An indexed vacancy. */
    record IndexedVacancy(VacancyId id) implements Target {
        public IndexedVacancy {
            Objects.requireNonNull(id, "id");
        }
    }

    /** A vacancy given as a record (e.g. not yet published). */
    record GivenVacancy(Vacancy vacancy) implements Target {
        public GivenVacancy {
            Objects.requireNonNull(vacancy, "vacancy");
        }
    }

    /** An ESCO occupation: its essential (and, if asked, optional) skills. */
    record ForOccupation(OccupationUri occupation) implements Target {
        public ForOccupation {
            Objects.requireNonNull(occupation, "occupation");
        }
    }

    /** The open vacancies in a region that are within reach of the person (the best matches). */
    record JobsInRegion(AmrCode region) implements Target {
        public JobsInRegion {
            Objects.requireNonNull(region, "region");
        }
    }
}
