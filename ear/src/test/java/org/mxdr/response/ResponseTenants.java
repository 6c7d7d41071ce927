package org.mxdr.response;

import static org.mxdr.testing.GrantedTenants.HR;

import java.util.List;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.mxdr.platform.Role;
import org.mxdr.testing.ClassFixture;
import org.mxdr.testing.Fixtures;
import org.mxdr.testing.GrantedTenants;
import org.mxdr.testing.GrantedTenants.Tenant;

/**
 * IncidentFlowIT's tenants and users: an expert and the platform's account; a tenant that grants
 * the Operator level with device group HR excluded, and its reader; a tenant that grants the Reader
 * level only, and its operator and reader; another tenant and its admin.
 */
@Dependent
public class ResponseTenants implements ClassFixture {
    @Inject
    GrantedTenants grants;

    String expert;
    String platformUser;
    /** Operator grant, all devices, device group HR excluded; its own operator and reader */
    Tenant operated;
    String operatedReader;
    /** Reader-only grant, all devices; its own operator and reader */
    Tenant guided;
    String guidedOperator;
    String guidedReader;
    /** another tenant and its admin */
    String otherTenant;
    String otherAdmin;

    @Override
    public void make() throws Exception {
        String u = Fixtures.unique();
        expert = grants.newUser("rx-expert-" + u, Role.EXPERT, null);
        platformUser = grants.newUser("rx-platform-" + u, Role.PLATFORM, null);
        operated = grants.granted("Response operated " + u, true, true, true);
        grants.exclude(operated, List.of(HR), List.of());
        operatedReader = grants.newUser("rx-ord-" + u, Role.TENANT_READER, operated.id());
        guided = grants.granted("Response guided " + u, false, true, true);
        guidedOperator = grants.newUser("rx-gop-" + u, Role.TENANT_OPERATOR, guided.id());
        guidedReader = grants.newUser("rx-grd-" + u, Role.TENANT_READER, guided.id());
        Tenant other = grants.subscribed("Response other " + u);
        otherAdmin = other.admin();
        otherTenant = other.id();
    }
}
