import { describe, expect, it } from 'vitest';
import { stemmerFor } from './stem';

const sameStem = (locale: string, words: string[]) => new Set(words.map(stemmerFor(locale))).size;

describe('stemmerFor', () => {
  it('makes Portuguese inflections meet (pt-BR and pt-PT)', () => {
    expect(sameStem('pt-BR', ['entrega', 'entregar', 'entregue', 'entregas'])).toBe(1);
    expect(sameStem('pt-PT', ['cancelar', 'cancelamento', 'cancela'])).toBe(1);
    expect(sameStem('pt', ['pedido', 'pedidos'])).toBe(1);
    expect(stemmerFor('pt')('digitais')).toBe(stemmerFor('pt')('digital'));
  });

  it('makes Spanish and Galician inflections meet', () => {
    expect(sameStem('es', ['llegar', 'llega', 'llegue'])).toBe(1);
    expect(sameStem('es', ['envío', 'enviar', 'enviamos'].map((w) => w.normalize('NFD').replace(/[\u0300-\u036f]/g, '')))).toBe(1);
    expect(sameStem('gl', ['pagamento', 'pagar', 'pago'])).toBe(1);
  });

  it('makes English inflections meet', () => {
    expect(sameStem('en', ['ship', 'shipped', 'shipping', 'ships'])).toBe(1);
    expect(sameStem('en', ['arrive', 'arrived', 'arriving'])).toBe(1);
    expect(sameStem('en', ['delivery', 'deliveries'])).toBe(1);
    expect(sameStem('en', ['charge', 'charges', 'charged'])).toBe(1);
  });

  it('never cuts a word below three letters', () => {
    expect(stemmerFor('pt')('dias')).toBe('dia');
    expect(stemmerFor('en')('used')).toBe('used');
  });

  it('leaves other languages as they are (folding only)', () => {
    expect(stemmerFor('de')('lieferungen')).toBe('lieferungen');
  });
});
