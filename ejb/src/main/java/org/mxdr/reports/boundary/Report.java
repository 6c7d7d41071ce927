package org.mxdr.reports.boundary;

import java.util.List;

import org.mxdr.onboarding.entity.Region;
import org.mxdr.reports.entity.ReportFigures;

/** A tenant's report: the figures of the chosen period and, where asked for, the same figures per month. */
public record Report(String tenantId, String tenantName, Region region, ReportFigures figures, List<ReportFigures> trends) {
}
