package nl.vaardig.web.demo;

import java.util.List;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.taxonomy.region.AmrCode;

/** The demo employer organisation of the local {@code werkgever} account: a care group in Groot Amsterdam. */
final class DemoEmployer {

    static final String NAME = "Zorggroep Amstelland";
    static final AmrCode REGION = new AmrCode("AM18");

    /** Care occupations (ESCO v1.1.1) it recruits for, one vacancy each. */
    static final List<OccupationUri> OCCUPATIONS = List.of(
            occupation("d38c2107-98f2-47b7-8bb4-f69750d51082"), // zorghulp
            occupation("87d0795a-d41f-47ee-979f-0ab7d73836e7"), // verpleeghulp
            occupation("8d3e8aaa-791b-4c75-a465-f3f827028f50"), // algemeen verpleegkundige
            occupation("1391bdf9-bd61-4fb5-91ca-c29036ab2b60"), // thuiszorgmedewerker
            occupation("81309031-dad2-4a7a-bde6-7f6e518f89ff"), // medewerker verzorgingshuis
            occupation("18e14e61-495b-44cc-a7c6-df4c625934ba"), // gespecialiseerd verpleegkundige
            occupation("9c55aa23-e3f2-4c00-8c90-5ed5204951a3"), // begeleider personen met een beperking
            occupation("4edbde9f-218e-49c7-812f-c45262fb4128"), // woonbegeleider
            occupation("006cc1f9-2841-41c3-991a-dc3f2f3bd533"), // fysiotherapeut
            occupation("5a9acd29-666c-4ca1-b10e-e086584a526b")); // begeleider geestelijke gezondheidszorg

    private DemoEmployer() {
    }

    private static OccupationUri occupation(String id) {
        return new OccupationUri("http://data.europa.eu/esco/occupation/" + id);
    }
}
