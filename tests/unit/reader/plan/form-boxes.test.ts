/**
 * The box around a form inside the article: a sign-up, comment or search form goes with its title
 * and the line about it, in any language; a form that wraps content, a checklist without a field
 * to type in, the article's lists and sections beside a form, and the extras stay.
 */
import { describe, expect, it } from 'vitest';
import { formBoxes } from '../../../../src/reader/plan/form-boxes';
import { domFrom } from '../../helpers/page-fixture';

const PROSE = 'La municipalidad aprobó el martes el nuevo presupuesto, tras un largo debate sobre el puente cerrado desde la primavera. ';
const body = (n: number) => Array.from({ length: n }, (_, i) => `<p id="p${i}">${PROSE.repeat(2)}</p>`).join('');

function boxes(html: string, extraIds: string[] = []) {
  const doc = domFrom(html, 'https://diario.example/2025/presupuesto');
  const root = doc.getElementById('root') as Element;
  const extras = extraIds.map((id) => doc.getElementById(id) as Element);
  const hidden = formBoxes(root, extras);
  const isHidden = (id: string) => hidden.some((el) => el.contains(doc.getElementById(id)));
  return { hidden, isHidden, doc };
}

describe('the box around a form inside the article', () => {
  it('hides a sign-up box with its title and line, wherever it sits; the paragraphs stay', () => {
    const { hidden, isHidden, doc } = boxes(
      `<body><div id="root">${body(2)}<div class="caja" id="box"><div><h3 id="title">Recibe nuestro boletín</h3><p id="line">Las noticias de la semana, cada lunes en tu correo.</p>` +
        `<form id="form"><input type="email" name="m"><button>Enviar</button></form></div></div>${body(2).replace(/p(\d)/g, 'q$1')}</div></body>`,
    );
    expect(hidden).toEqual([doc.getElementById('box')]);
    for (const id of ['title', 'line', 'form']) expect(isHidden(id), id).toBe(true);
    for (const id of ['p0', 'p1', 'q0', 'q1']) expect(isHidden(id), id).toBe(false);
  });

  it('takes a lone e-mail field with its box, and stops before the article’s text', () => {
    const { isHidden } = boxes(`<body><div id="root"><section id="s">${body(3)}<div id="box"><strong id="cta">¡Suscríbete gratis!</strong><input type="email" id="mail"></div></section></div></body>`);
    expect(isHidden('cta')).toBe(true);
    expect(isHidden('mail')).toBe(true);
    for (const id of ['p0', 'p1', 'p2']) expect(isHidden(id), id).toBe(false);
  });

  it('leaves a form that wraps the article, a checklist with no field to type in, and a list beside a form', () => {
    const checklist = ['Tienda', 'Saco de dormir', 'Hornillo'].map((x, i) => `<label><input type="checkbox" name="c${i}">${x}</label>`).join('');
    const toc = ['Equipo', 'Ropa', 'Comida'].map((x) => `<li><a href="#${x}">${x}</a></li>`).join('');
    const { hidden } = boxes(
      `<body><div id="root"><form id="page"><input type="text" name="q">${body(3)}</form><form id="list">${checklist}</form>` +
        `<div class="cols"><div><ul id="toc">${toc}</ul></div><div id="col"><form id="f"><input type="email"></form></div></div></div></body>`,
    );
    expect(hidden.map((el) => el.id)).toEqual(['col']);
  });

  it('never takes an extra or a block around one, nor the root', () => {
    const { hidden, doc } = boxes(`<body><div id="root"><div id="head"><p id="byline">Por Ana Pérez</p><form id="share"><input type="text"></form></div>${body(3)}</div></body>`, ['byline']);
    expect(hidden).toEqual([doc.getElementById('share')]);
    const only = boxes(`<body><div id="root"><form id="f"><input type="search"></form></div></body>`);
    expect(only.hidden.map((el) => el.id)).toEqual(['f']);
  });
});
