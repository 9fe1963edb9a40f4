/** The organisation tree of each tenant: entities of any depth, each with its inbox, and the queries on subtrees. */
package org.spplus.platform.core.organisation;
