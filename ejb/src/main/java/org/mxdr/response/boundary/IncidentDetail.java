package org.mxdr.response.boundary;

import java.util.List;
import java.util.Map;

import org.mxdr.eligibility.entity.AssetName;
import org.mxdr.response.entity.AnalystNote;
import org.mxdr.response.entity.CaseTicket;
import org.mxdr.response.entity.Incident;
import org.mxdr.response.entity.ResponseAction;

/**
 * An incident as its viewer may see it: analyst notes and case tickets only for the provider's
 * experts (empty for the customer, never merely hidden by a screen). The names the inventory gives
 * its devices and users, by external id, so people see "Finance laptop (dev-0042)", not the id alone.
 */
public record IncidentDetail(Incident incident, List<ResponseAction> actions, List<AnalystNote> notes, List<CaseTicket> tickets,
                             boolean viewedByExpert, Map<String, String> deviceNames, Map<String, String> userNames) {

    /** The device as people know it: its name and external id, or the id alone when the inventory lacks a name. */
    public String device(String externalId) {
        return AssetName.of(deviceNames.get(externalId), externalId);
    }

    public String user(String externalId) {
        return AssetName.of(userNames.get(externalId), externalId);
    }
}
