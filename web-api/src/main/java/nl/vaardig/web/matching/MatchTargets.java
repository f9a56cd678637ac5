package nl.vaardig.web.matching;

import java.util.List;
import java.util.Locale;
import nl.vaardig.matching.gap.Target;
import nl.vaardig.matching.model.Profile;
import nl.vaardig.matching.model.VacancyId;
import nl.vaardig.taxonomy.TaxonomyRuntime;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.web.matching.PublicMatchController.TargetInput;
import nl.vaardig.web.platform.problem.FieldError;
import nl.vaardig.web.platform.problem.InputRejectedException;
import nl.vaardig.web.platform.problem.ProblemTexts;

/** A requested learning-route target → the planner's {@link Target}; one field error when it names nothing usable. */
final class MatchTargets {

    private final TaxonomyRuntime taxonomy;

    MatchTargets(TaxonomyRuntime taxonomy) {
        this.taxonomy = taxonomy;
    }

    Target target(TargetInput in, Profile profile, Locale locale) {
        switch (in.type()) {
            case "vacancy" -> {
                if (in.vacancyId() != null) {
                    return new Target.IndexedVacancy(new VacancyId(in.vacancyId()));
                }
            }
            case "occupation" -> {
                if (in.occupation() != null && knownOccupation(in.occupation()) != null) {
                    return new Target.ForOccupation(knownOccupation(in.occupation()));
                }
            }
            case "region" -> {
                if (profile.region() != null) {
                    return new Target.JobsInRegion(profile.region());
                }
                throw new InputRejectedException(List.of(new FieldError("profile.region", ProblemTexts.detail(
                        "Kies een regio om leerroutes voor banen in je regio te zien.",
                        "Choose a region to see learning routes for jobs in your region.", locale))));
            }
            default -> {
            }
        }
        throw new InputRejectedException(List.of(new FieldError("target", ProblemTexts.detail(
                "Kies een doel: een vacature (vacancyId), een beroep (ESCO-URI) of 'region'.",
                "Choose a target: a vacancy (vacancyId), an occupation (ESCO URI) or 'region'.", locale))));
    }

    private OccupationUri knownOccupation(String uri) {
        try {
            OccupationUri o = new OccupationUri(uri.strip());
            return taxonomy.taxonomy().occupation(o).isPresent() ? o : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
