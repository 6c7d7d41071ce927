package org.mxdr.access.boundary;

import java.util.List;

import org.mxdr.access.entity.Contact;
import org.mxdr.access.entity.ExclusionSet;
import org.mxdr.onboarding.entity.Tenant;

/** What an expert needs on entering a tenant: his grant, the exclusions to respect, whom to notify. */
public record ExpertWorkspace(Tenant tenant, GrantState grant, ExclusionSet exclusions, List<Contact> incidentContacts) {
}
