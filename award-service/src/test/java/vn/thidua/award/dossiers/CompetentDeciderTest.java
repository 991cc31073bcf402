package vn.thidua.award.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.award.checks.Competence;
import vn.thidua.award.checks.Finding.Outcome;
import vn.thidua.award.clients.CampaignApi.CatalogueEntry;

/**
 * Every kind of plan's forms are issued by the competent person: the head of an agency his Giấy khen, a commune
 * chairman the commune's, a district the district's only while districts exist, the province chairman the
 * province's after the council — where the route stops and whether that level may decide, before and after the
 * 1 July 2025 reform.
 */
class CompetentDeciderTest {

    final CatalogueEntry agencyForm = new CatalogueEntry("GIAY_KHEN_THU_TRUONG_CO_QUAN",
            "Giấy khen của thủ trưởng cơ quan", "FORM", "AGENCY", List.of("Thủ trưởng cơ quan, đơn vị"), null);
    final CatalogueEntry communeForm = new CatalogueEntry("GIAY_KHEN_CHU_TICH_XA", "Giấy khen của Chủ tịch UBND xã",
            "FORM", "COMMUNE", null, null);
    final CatalogueEntry districtForm = new CatalogueEntry("GIAY_KHEN_CHU_TICH_HUYEN",
            "Giấy khen của Chủ tịch UBND huyện", "FORM", "DISTRICT", null, null);
    final CatalogueEntry provinceForm = new CatalogueEntry("BANG_KHEN_CAP_BO_TINH", "Bằng khen của Chủ tịch UBND tỉnh",
            "FORM", "MINISTRY_OR_PROVINCE", null, null);

    final LocalDate before = LocalDate.of(2025, 1, 10);
    final LocalDate after = LocalDate.of(2026, 1, 10);

    /** Ban Dân tộc Cao Bằng (04-BDT) and one of its divisions. */
    final RoutePlanner.Place agency = new RoutePlanner.Place("04-BDT", "AGENCY", List.of("04", "04-BDT"),
            Map.of("04", "PROVINCE", "04-BDT", "AGENCY"));
    final RoutePlanner.Place division = new RoutePlanner.Place("04-BDT-VP", "DIVISION",
            List.of("04", "04-BDT", "04-BDT-VP"), Map.of("04", "PROVINCE", "04-BDT", "AGENCY", "04-BDT-VP",
                    "DIVISION"));
    /** A Quảng Ninh village under its commune after the reform, and a Lai Châu commune under its district before. */
    final RoutePlanner.Place village = new RoutePlanner.Place("22-X7-T2", "VILLAGE", List.of("22", "22777", "22-X7-T2"),
            Map.of("22", "PROVINCE", "22777", "COMMUNE", "22-X7-T2", "VILLAGE"));
    final RoutePlanner.Place communeBefore = new RoutePlanner.Place("03390", "COMMUNE", List.of("12", "106", "03390"),
            Map.of("12", "PROVINCE", "106", "DISTRICT", "03390", "COMMUNE"));
    final RoutePlanner.Place communeAfter = new RoutePlanner.Place("03390", "COMMUNE", List.of("12", "03390"),
            Map.of("12", "PROVINCE", "03390", "COMMUNE"));

    List<RouteStop> route(RoutePlanner.Place place, CatalogueEntry form) {
        return RoutePlanner.plan(RoutePlannerTest.defaulted(null), place, place.path().getFirst(), null,
                Competence.deciderLevel(form.level()));
    }

    @Test
    void theHeadOfAnAgencyDecidesTheGiayKhenOfHisAgencysPlanInEitherEra() {
        assertThat(route(agency, agencyForm)).singleElement().satisfies(stop -> {
            assertThat(stop.unitCode()).isEqualTo("04-BDT");
            assertThat(stop.level()).isEqualTo("AGENCY");
            assertThat(stop.role()).isEqualTo("decision-signer");
        });
        assertThat(Competence.check(agencyForm, "AGENCY", before).outcome()).isEqualTo(Outcome.PASS);
        assertThat(Competence.check(agencyForm, "AGENCY", after).outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void aDivisionsNomineeGoesToTheHeadOfItsAgency() {
        assertThat(route(division, agencyForm)).extracting(RouteStop::unitCode).containsExactly("04-BDT");
    }

    @Test
    void aCommuneChairmanDecidesTheCommunesGiayKhenAlsoForAVillagesNominee() {
        assertThat(route(village, communeForm)).singleElement().satisfies(stop -> {
            assertThat(stop.unitCode()).isEqualTo("22777");
            assertThat(stop.role()).isEqualTo("commune-officer");
        });
        assertThat(Competence.check(communeForm, "COMMUNE", before).outcome()).isEqualTo(Outcome.PASS);
        assertThat(Competence.check(communeForm, "COMMUNE", after).outcome()).isEqualTo(Outcome.PASS);
        assertThat(Competence.check(communeForm, "AGENCY", after).outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void a2024DistrictGiayKhenIsDecidedByTheDistrict() {
        assertThat(route(communeBefore, districtForm)).singleElement().satisfies(stop -> {
            assertThat(stop.unitCode()).isEqualTo("106");
            assertThat(stop.role()).isEqualTo("district-officer");
        });
        assertThat(Competence.check(districtForm, "DISTRICT", before).outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void theSameDistrictGiayKhenIn2026IsRefusedBecauseDistrictsNoLongerExist() {
        var refused = Competence.check(districtForm, "DISTRICT", after);
        assertThat(refused.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(refused.code()).isEqualTo("competence.level-abolished");
        assertThat(refused.message().get("vi")).contains("không còn cấp DISTRICT");
        // Without a district on the 2026 path the dossier is not held at a district, and the province may not
        // decide a district form either.
        assertThat(route(communeAfter, districtForm)).extracting(RouteStop::kind)
                .containsExactly(RouteStop.Kind.APPRAISAL);
        assertThat(Competence.check(districtForm, "PROVINCE", after).outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void theProvinceChairmansFormsGoThroughSoNoiVuAndTheCouncilInEitherEra() {
        assertThat(route(communeAfter, provinceForm)).extracting(RouteStop::kind)
                .containsExactly(RouteStop.Kind.APPRAISAL);
        assertThat(route(agency, provinceForm)).extracting(RouteStop::unitCode).containsExactly("04");
        assertThat(Competence.check(provinceForm, "PROVINCE", before).outcome()).isEqualTo(Outcome.PASS);
        assertThat(Competence.check(provinceForm, "PROVINCE", after).outcome()).isEqualTo(Outcome.PASS);
        assertThat(Competence.check(provinceForm, "AGENCY", after).outcome()).isEqualTo(Outcome.FAIL);
    }
}
