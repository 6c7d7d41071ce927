/**
 * Ask the experts and credits: questions and their threads, the credit
 * policies (monthly, quarterly) that decide what a subscription receives per period and which
 * credit a question consumes, the grant that makes each period's assignment happen exactly once,
 * and the tenant's ledger of assigned, used, expired and remaining credits.
 */
package org.mxdr.credits;
