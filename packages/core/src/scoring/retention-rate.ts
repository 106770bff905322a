import { checkPeriod } from './check-period';

/**
 * Share of the customers at the start of a period who are still customers at its end, in percent:
 * (end − new) / start × 100. Throws a RangeError for negative or non-finite counts, a start of 0,
 * or an end larger than start + new.
 *
 * @example
 * retentionRate(500, 470, 20) // 90 (450 of the original 500 stayed)
 */
export function retentionRate(customersAtStart: number, customersAtEnd: number, newCustomers = 0): number {
  checkPeriod(customersAtStart, customersAtEnd, newCustomers, 'retentionRate');
  return ((customersAtEnd - newCustomers) / customersAtStart) * 100;
}
