/**
 * Managed response: incidents from the detection platform, the experts'
 * investigation, classification and response actions within their grants, the customer's action
 * cards, the commands for the platform, and the operational data of each incident (chat, analyst
 * notes, case tickets). Every expert-facing call asks {@code org.mxdr.access.control.AccessControl}.
 */
package org.mxdr.response;
