/** Tenant definitions as data ({@code tenants/<id>/tenant.yaml}): their model, parsing and validation. */
package org.spplus.platform.core.tenancy.definition;
