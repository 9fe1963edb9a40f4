/** The answer template as stored, one row per template of a network (tenant-owned). */
package org.spplus.plugin.experiences.template.entity;
