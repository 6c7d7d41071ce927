package org.mxdr.eligibility.entity;

import java.util.List;

/** The three parts of an inventory, each importable alone as a CSV file with these columns. */
public enum InventoryPart {
    LICENSES("Licences", List.of("product", "seats"),
            "product,seats\nDEFENDER_FOR_ENDPOINT_P2,500\nAZURE_AD_PREMIUM_P1,480"),
    USERS("Users", List.of("externalId", "name", "licenses"),
            "externalId,name,licenses\nu-001,Ada Lovelace,AZURE_AD_PREMIUM_P1;DEFENDER_FOR_IDENTITY\nu-002,Alan Turing,"),
    DEVICES("Devices", List.of("externalId", "name", "os", "eligible", "onboarded", "avMode", "deviceGroup"),
            "externalId,name,os,eligible,onboarded,avMode,deviceGroup\nd-001,LAPTOP-ADA,Windows 11,true,true,ACTIVE,Finance\nd-002,SRV-DB01,Windows Server 2022,true,false,PASSIVE,");

    private final String label;
    private final List<String> columns;
    private final String example;

    InventoryPart(String label, List<String> columns, String example) {
        this.label = label;
        this.columns = columns;
        this.example = example;
    }

    public String label() {
        return label;
    }

    public List<String> columns() {
        return columns;
    }

    public String example() {
        return example;
    }
}
