package org.mxdr.approvals;

import static org.mxdr.testing.GrantedTenants.FINANCE;

import java.util.List;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.mxdr.access.boundary.ResponsePolicyService;
import org.mxdr.access.entity.PolicyRule;
import org.mxdr.access.entity.PolicyScope;
import org.mxdr.access.entity.ResponseMode;
import org.mxdr.platform.Role;
import org.mxdr.response.entity.ActionType;
import org.mxdr.testing.ClassFixture;
import org.mxdr.testing.Fixtures;
import org.mxdr.testing.GrantedTenants;
import org.mxdr.testing.GrantedTenants.Tenant;

/**
 * ApprovalFlowIT's tenants and users: a tenant that grants the Operator level and whose policy
 * has isolating a Finance device wait for approval, with two operators and a reader; another
 * granted tenant; an expert and the platform's account.
 */
@Dependent
public class TenantUnderApproval implements ClassFixture {
    @Inject
    GrantedTenants grants;

    @Inject
    ResponsePolicyService policies;

    String expert;
    String platformUser;
    /** Operator grant; isolating Finance devices needs approval */
    Tenant tenant;
    String operator;
    String operator2;
    String reader;
    Tenant other;

    @Override
    public void make() throws Exception {
        String u = Fixtures.unique();
        expert = grants.newUser("ap-expert-" + u, Role.EXPERT, null);
        platformUser = grants.newUser("ap-platform-" + u, Role.PLATFORM, null);
        tenant = grants.granted("Approvals " + u, true, true, true);
        operator = grants.newUser("ap-op-" + u, Role.TENANT_OPERATOR, tenant.id());
        operator2 = grants.newUser("ap-op2-" + u, Role.TENANT_OPERATOR, tenant.id());
        reader = grants.newUser("ap-rd-" + u, Role.TENANT_READER, tenant.id());
        long version = GrantedTenants.asAdminOf(tenant, () -> policies.get(tenant.id())).getVersion();
        GrantedTenants.asAdminOf(tenant, () -> policies.put(tenant.id(),
                List.of(new PolicyRule(ActionType.ISOLATE_DEVICE, PolicyScope.deviceGroup(FINANCE), ResponseMode.APPROVE)), null, null, version));
        other = grants.granted("Approvals other " + u, true, true, true);
    }
}
