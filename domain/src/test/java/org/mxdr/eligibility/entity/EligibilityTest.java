package org.mxdr.eligibility.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Every seeded prerequisite rule at its edges, and the coverage of the optional products. */
class EligibilityTest {
    static final List<Product> CATALOG = List.of(
            Product.define("DEFENDER_FOR_ENDPOINT_P2", "Defender for Endpoint P2", Requirement.REQUIRED),
            Product.define("DEFENDER_ANTIVIRUS", "Defender Antivirus", Requirement.REQUIRED),
            Product.define("AZURE_AD_PREMIUM_P1", "Azure AD Premium P1", Requirement.REQUIRED),
            Product.define("DEFENDER_FOR_OFFICE_365_P2", "Defender for Office 365 P2", Requirement.OPTIONAL),
            Product.define("DEFENDER_FOR_IDENTITY", "Defender for Identity", Requirement.OPTIONAL),
            Product.define("DEFENDER_FOR_CLOUD_APPS", "Defender for Cloud Apps", Requirement.OPTIONAL));
    static final List<PrerequisiteRule> RULES = List.of(
            PrerequisiteRule.of("IDENTITY_P1", CATALOG.get(2), RuleCheck.USERS_LICENSED, "P1 for all users", 3),
            PrerequisiteRule.of("ENDPOINT_P2", CATALOG.get(0), RuleCheck.ELIGIBLE_DEVICES_ONBOARDED, "P2 on every eligible device", 1),
            PrerequisiteRule.of("ANTIVIRUS_ACTIVE", CATALOG.get(1), RuleCheck.ONBOARDED_DEVICES_AV_ACTIVE, "AV active", 2));

    /** A tenant with enough seats of every required product and a clean inventory of the given size. */
    static Counts tenant() {
        return new Counts();
    }

    static final class Counts {
        long eligible;
        long eligibleNotOnboarded;
        long onboarded;
        long onboardedNotActive;
        long users;
        final Map<String, Long> licensed = new HashMap<>();
        final Map<String, Integer> seats = new HashMap<>(Map.of("DEFENDER_FOR_ENDPOINT_P2", 1000, "DEFENDER_ANTIVIRUS", 1000, "AZURE_AD_PREMIUM_P1", 1000));

        Counts devices(long eligibleDevices, long notOnboarded, long onboardedDevices, long notActive) {
            eligible = eligibleDevices;
            eligibleNotOnboarded = notOnboarded;
            onboarded = onboardedDevices;
            onboardedNotActive = notActive;
            return this;
        }

        Counts users(long all, long withP1) {
            users = all;
            licensed.put("AZURE_AD_PREMIUM_P1", withP1);
            return this;
        }

        Counts seats(String product, Integer n) {
            if (n == null) {
                seats.remove(product);
            } else {
                seats.put(product, n);
            }
            return this;
        }

        Eligibility judge() {
            return Eligibility.judge(RULES, CATALOG, new InventoryCounts(eligible, eligibleNotOnboarded, onboarded, onboardedNotActive, users, licensed, seats));
        }
    }

    static PrerequisiteResult result(Eligibility e, String key) {
        return e.prerequisites().stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void zeroDevicesAndUsersWithTheLicencesIsEligible() {
        Eligibility e = tenant().judge();
        assertTrue(e.eligible(), e.toString());
        assertEquals(List.of("ENDPOINT_P2", "ANTIVIRUS_ACTIVE", "IDENTITY_P1"), e.prerequisites().stream().map(PrerequisiteResult::key).toList(),
                "most urgent first");
        assertEquals(0, result(e, "ENDPOINT_P2").total());
        assertTrue(e.unmet().isEmpty());
    }

    @Test
    void zeroDevicesWithoutLicencesIsNotEligible() {
        Eligibility e = tenant().seats("DEFENDER_FOR_ENDPOINT_P2", null).seats("DEFENDER_ANTIVIRUS", null).judge();
        assertFalse(e.eligible());
        assertEquals(List.of("ENDPOINT_P2", "ANTIVIRUS_ACTIVE"), e.unmet().stream().map(PrerequisiteResult::key).toList());
        assertEquals("The tenant holds no Defender for Endpoint P2 licence", result(e, "ENDPOINT_P2").message());
    }

    @Test
    void oneEligibleDeviceNotOnboardedFailsEndpointP2Only() {
        Eligibility e = tenant().devices(1, 1, 0, 0).judge();
        PrerequisiteResult p2 = result(e, "ENDPOINT_P2");
        assertFalse(p2.met());
        assertEquals(1, p2.failing());
        assertEquals(1, p2.total());
        assertEquals("1 of 1 eligible device is not onboarded to Defender for Endpoint P2", p2.message());
        assertTrue(result(e, "ANTIVIRUS_ACTIVE").met());
        assertEquals(List.of("ENDPOINT_P2"), e.unmet().stream().map(PrerequisiteResult::key).toList());
    }

    @Test
    void onePassiveModeDeviceFailsAntivirus() {
        Eligibility e = tenant().devices(1, 0, 1, 1).judge();
        PrerequisiteResult av = result(e, "ANTIVIRUS_ACTIVE");
        assertFalse(av.met());
        assertEquals(1, av.failing());
        assertEquals("1 of 1 onboarded device does not run Defender Antivirus in active mode", av.message());
        assertTrue(result(e, "ENDPOINT_P2").met());
        assertFalse(e.eligible());
    }

    @Test
    void oneUserWithoutP1FailsIdentity() {
        Eligibility e = tenant().users(500, 499).judge();
        PrerequisiteResult p1 = result(e, "IDENTITY_P1");
        assertFalse(p1.met());
        assertEquals(1, p1.failing());
        assertEquals(500, p1.total());
        assertEquals("1 of 500 users has no Azure AD Premium P1 licence", p1.message());
        assertEquals("12 of 500 users have no Azure AD Premium P1 licence", result(tenant().users(500, 488).judge(), "IDENTITY_P1").message());
    }

    @Test
    void seatsShortOfThePopulationFailEvenWhenEveryAssetIsFine() {
        Eligibility e = tenant().users(500, 500).seats("AZURE_AD_PREMIUM_P1", 400).devices(300, 0, 300, 0)
                .seats("DEFENDER_FOR_ENDPOINT_P2", 299).judge();
        PrerequisiteResult p1 = result(e, "IDENTITY_P1");
        assertFalse(p1.met());
        assertEquals(0, p1.failing());
        assertEquals("The tenant holds 400 Azure AD Premium P1 seats for 500 users", p1.message());
        assertEquals("The tenant holds 299 Defender for Endpoint P2 seats for 300 eligible devices", result(e, "ENDPOINT_P2").message());
        assertTrue(result(e, "ANTIVIRUS_ACTIVE").met());
        // exactly enough seats is enough
        assertTrue(result(tenant().users(500, 500).seats("AZURE_AD_PREMIUM_P1", 500).judge(), "IDENTITY_P1").met());
    }

    @Test
    void everyReasonIsListed() {
        PrerequisiteResult p1 = result(tenant().users(500, 488).seats("AZURE_AD_PREMIUM_P1", 400).judge(), "IDENTITY_P1");
        assertEquals("12 of 500 users have no Azure AD Premium P1 licence; the tenant holds 400 Azure AD Premium P1 seats for 500 users", p1.message());
    }

    @Test
    void metRulesSayWhatIsFine() {
        Eligibility e = tenant().devices(500, 0, 480, 0).users(200, 200).judge();
        assertTrue(e.eligible());
        assertEquals("All 500 eligible devices are onboarded to Defender for Endpoint P2", result(e, "ENDPOINT_P2").message());
        assertEquals("All 480 onboarded devices run Defender Antivirus in active mode", result(e, "ANTIVIRUS_ACTIVE").message());
        assertEquals("All 200 users have the Azure AD Premium P1 licence", result(e, "IDENTITY_P1").message());
    }

    @Test
    void optionalProductsAreCoveredOnlyWithTheirLicence() {
        Eligibility absent = tenant().judge();
        assertEquals(3, absent.coverage().size());
        assertTrue(absent.coverage().stream().noneMatch(Coverage::covered));
        Eligibility present = tenant().seats("DEFENDER_FOR_IDENTITY", 50).seats("DEFENDER_FOR_CLOUD_APPS", 0).judge();
        assertTrue(present.coverage().stream().filter(c -> c.product().equals("DEFENDER_FOR_IDENTITY")).findFirst().orElseThrow().covered());
        assertFalse(present.coverage().stream().filter(c -> c.product().equals("DEFENDER_FOR_CLOUD_APPS")).findFirst().orElseThrow().covered(),
                "a licence with no seats covers nothing");
        assertFalse(present.coverage().stream().filter(c -> c.product().equals("DEFENDER_FOR_OFFICE_365_P2")).findFirst().orElseThrow().covered());
        assertTrue(present.eligible(), "optional products never decide eligibility");
    }

    @Test
    void readinessListsWhatIsToDoFirstAndWhatIsProtected() {
        Readiness r = Readiness.judge(RULES, CATALOG, new InventoryCounts(100, 0, 100, 0, 500, Map.of("AZURE_AD_PREMIUM_P1", 488L),
                Map.of("DEFENDER_FOR_ENDPOINT_P2", 80, "DEFENDER_ANTIVIRUS", 100, "AZURE_AD_PREMIUM_P1", 500)));
        assertEquals(List.of("ENDPOINT_P2", "IDENTITY_P1", "ANTIVIRUS_ACTIVE"), r.actions().stream().map(Readiness.Action::key).toList(),
                "to do before done, most urgent first");
        assertEquals(2, r.todo());
        Readiness.Protection identities = r.assets().stream().filter(a -> a.key().equals("IDENTITY_P1")).findFirst().orElseThrow();
        assertEquals(488, identities.protectedCount());
        assertEquals(97, identities.percent());
        Readiness.Protection devices = r.assets().stream().filter(a -> a.key().equals("ENDPOINT_P2")).findFirst().orElseThrow();
        assertTrue(devices.seatsShort());
    }
}
