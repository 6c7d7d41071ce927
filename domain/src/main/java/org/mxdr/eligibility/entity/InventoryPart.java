package org.mxdr.eligibility.entity;

import java.util.List;

/** The three parts of an inventory, each importable alone as a CSV file with these columns. */
public enum InventoryPart {
    LICENSES("Licences", List.of("product", "seats"),
            "product,seats\nDEFENDER_FOR_ENDPOINT_P2,500\nAZURE_AD_PREMIUM_P1,480",
            "product: a product key of the catalog; seats: a whole number."),
    USERS("Users", List.of("externalId", "name", "licenses"),
            "externalId,name,licenses,userGroup\nu-001,Ada Lovelace,AZURE_AD_PREMIUM_P1;DEFENDER_FOR_IDENTITY,Finance\nu-002,Alan Turing,,",
            "licenses: product keys separated by semicolons; an empty value means none. userGroup is optional and may be empty."),
    DEVICES("Devices", List.of("externalId", "name", "os", "eligible", "onboarded", "avMode", "deviceGroup"),
            "externalId,name,os,eligible,onboarded,avMode,deviceGroup\nd-001,LAPTOP-ADA,Windows 11,true,true,ACTIVE,Finance\nd-002,SRV-DB01,Windows Server 2022,true,false,PASSIVE,",
            "eligible, onboarded: true or false (yes/no, 1/0 too); avMode: ACTIVE, PASSIVE or DISABLED; deviceGroup may be empty.");

    private final String label;
    private final List<String> columns;
    private final String example;
    private final String hint;

    InventoryPart(String label, List<String> columns, String example, String hint) {
        this.label = label;
        this.columns = columns;
        this.example = example;
        this.hint = hint;
    }

    /** What the values of the columns may be, in a sentence. */
    public String hint() {
        return hint;
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
