function checkCount(value: number, name: string, where: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new RangeError(`${where}: ${name} must be a finite number ≥ 0, got ${JSON.stringify(value)}`);
  }
}

/** Throws a clear error unless the customer counts of a period make sense together. */
export function checkPeriod(atStart: number, atEnd: number, newCustomers: number, where: string): void {
  checkCount(atStart, 'customersAtStart', where);
  checkCount(atEnd, 'customersAtEnd', where);
  checkCount(newCustomers, 'newCustomers', where);
  if (atStart === 0) throw new RangeError(`${where}: customersAtStart is 0, so there is no one to lose or keep`);
  if (atEnd > atStart + newCustomers) {
    throw new RangeError(
      `${where}: customersAtEnd (${atEnd}) exceeds customersAtStart + newCustomers (${atStart} + ${newCustomers}); pass the customers won during the period as newCustomers`,
    );
  }
  if (newCustomers > atEnd) throw new RangeError(`${where}: newCustomers (${newCustomers}) exceeds customersAtEnd (${atEnd})`);
}
