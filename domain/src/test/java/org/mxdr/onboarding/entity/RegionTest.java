package org.mxdr.onboarding.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionTest {

    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {"DE,EU", "fr,EU", "SE,EU", "GB,UK", "US,US", "CH,CH", "CA,CA", "AU,AU", "JP,JP", "IN,IN",
            "NO,none", "BR,none", "none,none"})
    void aLeadsCountrySuggestsTheRegionOnlyWhenItIsObvious(String country, String region) {
        assertEquals(Optional.ofNullable(region).map(Region::valueOf), Region.suggestedFor(country));
    }
}
