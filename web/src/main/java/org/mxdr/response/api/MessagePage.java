package org.mxdr.response.api;

import java.util.List;

public record MessagePage(List<MessageJson> items, long total, int page, int size) {
}
