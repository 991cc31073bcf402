package vn.thidua.reporting.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What each item counts, and where. */
class ProjectionsTest {

    static Map<String, Object> dossier(String status, List<String> unitPath, int year) {
        return Projections.document("status", status, "tenant", unitPath.getFirst(), "unitPath", unitPath,
                "campaignId", "c1", "year", year, "awardFormCode", "BANG_KHEN", "awardLevel",
                "MINISTRY_OR_PROVINCE");
    }

    @Test
    void aDossierCountsAtEveryUnitOfItsPathInThreeSlices() {
        Contribution c = Projections.dossier(dossier("IN_REVIEW", List.of("12", "106", "03412"), 2024));

        // national, province, district, commune × (campaign+year, every campaign of the year, everything)
        assertThat(c.counts()).hasSize(4 * 3);
        assertThat(c.counts().keySet()).anySatisfy(key -> {
            assertThat(key.unit()).isEqualTo("03412");
            assertThat(key.parent()).isEqualTo("106");
            assertThat(key.leaf()).isTrue();
            assertThat(key.tenant()).isEqualTo("12");
        });
        assertThat(c.counts().keySet()).filteredOn(key -> key.leaf()).extracting(CounterKey::unit)
                .containsOnly("03412");
    }

    @Test
    void afterTheReformACommuneHangsUnderItsProvinceDirectly() {
        Contribution c = Projections.dossier(dossier("IN_REVIEW", List.of("12", "03412"), 2026));

        assertThat(c.counts().keySet()).extracting(CounterKey::unit).containsOnly("VN", "12", "03412");
        assertThat(c.counts().keySet()).filteredOn(key -> key.unit().equals("03412"))
                .extracting(CounterKey::parent).containsOnly("12");
    }

    @Test
    void onlyADecidedOrPublishedDossierIsAnAward() {
        for (String status : List.of("DRAFT", "IN_REVIEW", "APPROVED", "REJECTED", "REVOKED")) {
            assertThat(Projections.dossier(dossier(status, List.of("12"), 2024)).counts().keySet())
                    .as(status).noneMatch(key -> key.metric().equals(Projections.M_AWARDS));
        }
        for (String status : List.of("DECIDED", "PUBLISHED")) {
            assertThat(Projections.dossier(dossier(status, List.of("12"), 2024)).counts().keySet())
                    .as(status).anyMatch(key -> key.metric().equals(Projections.M_AWARDS)
                            && key.value().equals("BANG_KHEN:MINISTRY_OR_PROVINCE"));
        }
    }

    @Test
    void aCounterIdParsesBackToTheSameCounter() {
        CounterKey key = new CounterKey("dossiers", "awards", "BK:STATE", "c|1", 2025, true,
                List.of("VN", "86", "29284"));
        assertThat(CounterKey.parse(key.id())).isEqualTo(key);
        assertThat(key.campaignId()).isEqualTo("c_1");
    }

    @Test
    void anItemWithoutItsProvinceInThePathStillCountsUnderIt() {
        Contribution c = Projections.registration(Projections.document("status", "SUBMITTED", "tenant", "04",
                "unitPath", List.of("04001"), "campaignId", "c", "year", 2026));
        assertThat(c.counts().keySet()).filteredOn(CounterKey::leaf).extracting(CounterKey::path)
                .contains(List.of("VN", "04", "04001"));
    }
}
