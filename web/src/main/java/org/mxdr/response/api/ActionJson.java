package org.mxdr.response.api;

import java.time.Instant;

import org.mxdr.response.entity.ResponseAction;

public record ActionJson(String id, String type, String target, String detail, String rationale, String state, boolean recommended, String reason,
                         String result, String requestedBy, Instant requestedAt, String answeredBy, Instant answeredAt) {

    static ActionJson of(ResponseAction a) {
        return new ActionJson(a.getId(), a.getType().name(), a.getTarget(), a.getDetail(), a.getRationale(), a.getState().name(), a.isRecommended(),
                a.getReason(), a.getResult(), a.getRequestedBy(), a.getRequestedAt(), a.getAnsweredBy(), a.getAnsweredAt());
    }
}
