package dev.kamkit.model.stakeholder;

/**
 * On what footing a stakeholder works for the manufacturer. Only a bona fide employee's salary and
 * benefits are left out of US Open Payments reporting; what a contractor or consultant is paid is
 * reported like any other payment (CMS Open Payments FAQs).
 */
public enum EmploymentBasis {
  /** A bona fide employee of the manufacturer, on its payroll. */
  EMPLOYEE,
  /** An independent contractor or consultant under a service agreement, not an employee. */
  CONTRACTOR
}
