import { checkPeriod } from './check-period';

/**
 * Share of the customers at the start of a period lost by its end, in percent:
 * (start − (end − new)) / start × 100, i.e. 100 − `retentionRate`. Same errors as `retentionRate`.
 *
 * @example
 * churnRate(500, 450) // 10
 */
export function churnRate(customersAtStart: number, customersAtEnd: number, newCustomers = 0): number {
  checkPeriod(customersAtStart, customersAtEnd, newCustomers, 'churnRate');
  return ((customersAtStart - (customersAtEnd - newCustomers)) / customersAtStart) * 100;
}
