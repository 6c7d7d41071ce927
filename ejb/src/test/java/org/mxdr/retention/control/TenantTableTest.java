package org.mxdr.retention.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class TenantTableTest {

    @Test
    void aTableWithTheTenantsIdDeletesABatchOfItsKeysCheckingTheTenantTwice() {
        TenantTable incident = TenantTables.PURGE_ORDER.stream().filter(t -> t.table().equals("incident")).findFirst().orElseThrow();
        assertEquals("DELETE FROM incident WHERE tenant_id = ? AND id IN (SELECT t.id FROM incident t WHERE t.tenant_id = ? "
                + "FETCH FIRST 500 ROWS ONLY)", incident.purgeSql(500));
        assertEquals(2, incident.purgeParameters());
        assertEquals("SELECT COUNT(*) FROM incident t WHERE t.tenant_id = ?", incident.countSql());
    }

    @Test
    void aChildTableIsReachedThroughItsParent() {
        TenantTable devices = TenantTables.PURGE_ORDER.stream().filter(t -> t.table().equals("incident_device")).findFirst().orElseThrow();
        assertEquals("DELETE FROM incident_device WHERE incident_id IN (SELECT t.incident_id FROM incident_device t JOIN incident p "
                + "ON p.id = t.incident_id WHERE p.tenant_id = ? FETCH FIRST 10 ROWS ONLY)", devices.purgeSql(10));
        assertEquals(1, devices.purgeParameters());
    }

    @Test
    void childrenComeBeforeTheirParentsAndSecretsAreNeverExported() {
        List<String> order = new ArrayList<>(TenantTables.PURGE_ORDER.stream().map(TenantTable::table).toList());
        for (String[] childParent : new String[][] {{"incident_device", "incident"}, {"response_action", "incident"},
                {"platform_command", "response_action"}, {"credit_use", "credit_grant"}, {"question_message", "question"},
                {"credit_grant", "subscription"}, {"expert_grant", "subscription"}, {"excluded_device_group", "exclusion_set"},
                {"inventory_user_license", "inventory_user"}}) {
            assertTrue(order.indexOf(childParent[0]) < order.lastIndexOf(childParent[1]), childParent[0] + " before " + childParent[1]);
        }
        TenantTable unlink = TenantTables.PURGE_ORDER.get(order.indexOf("question"));
        assertTrue(unlink.purgeSql(5).startsWith("UPDATE question SET credit_id = NULL") && order.indexOf("question") < order.indexOf("credit_use"),
                "a question's credit link is cut before the credits it points to go");
        assertTrue(TenantTables.PURGE_ORDER.stream().filter(t -> t.table().equals("app_user")).allMatch(t -> t.hidden().contains("password_hash")));
    }

    @Test
    void csvFieldsAreQuotedAndFormulasDefused() {
        assertEquals("plain", IncidentsCsv.field("plain"));
        assertEquals("\"a, b\"", IncidentsCsv.field("a, b"));
        assertEquals("\"say \"\"hi\"\"\"", IncidentsCsv.field("say \"hi\""));
        assertEquals("'=cmd()", IncidentsCsv.field("=cmd()"));
        assertEquals("\"'@x,y\"", IncidentsCsv.field("@x,y"));
    }
}
