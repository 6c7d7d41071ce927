package org.mxdr.audit.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AuditSentenceTest {

    @Test
    void changedPermissionsNameWhatChangedInWords() {
        String before = "serviceProviderAccess=true; investigateAndGuide=true; respondDirectly=true; allDevices=true; expiresAt=2027-01-01T00:00:00Z";
        String after = "serviceProviderAccess=true; investigateAndGuide=true; respondDirectly=false; allDevices=true; expiresAt=2026-12-15T00:00:00Z";
        assertEquals("Changed permissions: respond directly turned off; expiry moved from 1 Jan 2027 to 15 Dec 2026",
                AuditSentence.of("permissions.changed", before, after));
    }

    @Test
    void aGrantListsWhatWasGranted() {
        assertEquals("Granted the experts access: service provider access on, investigate and guide on, respond directly off, "
                        + "access to all devices on, expiry 1 Jan 2027 12:30 UTC",
                AuditSentence.of("permissions.granted", null, "serviceProviderAccess=true; investigateAndGuide=true; respondDirectly=false; "
                        + "allDevices=true; expiresAt=2027-01-01T12:30:00Z"));
    }

    @Test
    void exclusionsAndContactsRead() {
        assertEquals("Changed exclusions: excluded device groups changed from none to Servers, Domain controllers",
                AuditSentence.of("exclusions.changed", "deviceGroups=[]; userGroups=[]", "deviceGroups=[Servers, Domain controllers]; userGroups=[]"));
        assertEquals("Removed a contact: name Ann Lee, email ann@contoso.example, contact for incident notification",
                AuditSentence.of("contact.removed", "name=Ann Lee; email=ann@contoso.example; for=incident notification", null));
    }

    @Test
    void subscriptionsShowTermsAsDays() {
        assertEquals("Transacted a subscription: status ACTIVE, term 1 Jan 2026 to 31 Dec 2026, seats 100, credit policy MONTHLY, language en",
                AuditSentence.of("subscription.transacted", null, "status=ACTIVE; term=2026-01-01..2026-12-31; seats=100; creditPolicy=MONTHLY; language=en"));
        assertEquals("Changed the subscription: seats changed from 100 to 250",
                AuditSentence.of("subscription.changed", "status=ACTIVE; seats=100", "status=ACTIVE; seats=250"));
    }

    @Test
    void valuesWithSeparatorsStayWholeAndFreeTextStaysAsWritten() {
        assertEquals("The platform updated an incident: title changed from Phish; stage 1 to Phish; stage 2",
                AuditSentence.of("incident.updated", "externalId=INC-1; title=Phish; stage 1", "externalId=INC-1; title=Phish; stage 2"));
        assertEquals("Sent a new welcome link: new welcome link sent to the admin address",
                AuditSentence.of("welcome.link-resent", null, "new welcome link sent to the admin address"));
        assertEquals("Legal hold placed", AuditSentence.of("legal-hold.placed", null, null));
        assertEquals("Took an incident: assigned to changed from none to expert1",
                AuditSentence.of("incident.taken", "incident=INC-2; status=NEW; assignedTo=null", "incident=INC-2; status=NEW; assignedTo=expert1"));
    }
}
