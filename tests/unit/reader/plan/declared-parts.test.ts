/**
 * A recipe's ingredients and steps, declared in the page's JSON-LD, kept on the page when
 * Readability leaves them out: found by their words, the deepest block holding most of them.
 */
import { describe, expect, it } from 'vitest';
import { planCleanup } from '../../../../src/reader/plan/cleanup-plan';
import { compact, declaredLists, declaredParts } from '../../../../src/reader/plan/declared-parts';
import { findArticle } from '../../../../src/reader/read/pairing';
import { domFrom, isHidden, paragraphs } from '../../helpers/page-fixture';

const INGREDIENTS = ['125 g flour', '65 g sugar', '65 g butter or margarine', '1 egg', '2 tins mandarins, about 300 g each', '1 packet glaze, clear'];
const STEPS = [
  'Knead the flour, sugar, butter and egg into a smooth dough.',
  'Press the dough into a 26 cm tin and pull up the sides.',
  'Drain the mandarins and spread them over the base.',
  'Bake for 80 minutes at 160 degrees, then glaze.',
];

function recipeJson(extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'Recipe',
    name: 'Mandarin cream cake',
    recipeIngredient: INGREDIENTS,
    recipeInstructions: STEPS.map((text) => ({ '@type': 'HowToStep', text })),
    ...extra,
  });
}

function recipePage(json = recipeJson(), rail = ''): Document {
  const rows = INGREDIENTS.map((i) => {
    const [amount, ...rest] = i.split(' ');
    return `<tr><td class="amount">${amount} ${rest[0]}</td><td class="name"><a href="/i/${rest[1]}">${rest.slice(1).join(' ')}</a></td></tr>`;
  }).join('');
  return domFrom(`<html><head><title>Mandarin cream cake</title><script type="application/ld+json">${json}</script></head><body>
    <nav><a href="/">Home</a> <a href="/cakes">Cakes</a></nav>
    <main><article class="card"><h1>Mandarin cream cake</h1>
      <div class="box" id="ingredients"><h2>Ingredients</h2><table class="ingredients">${rows}</table></div>
      <div class="box" id="tools"><button>Add to shopping list</button> <a href="/print">Print</a></div></article>
    <article class="card"><div class="box" id="intro">${paragraphs(5, 'Intro')}</div></article>
    <article class="card"><h2 id="method-heading">Method</h2><ol id="steps" class="box">${STEPS.map((s) => `<li>${s}</li>`).join('')}</ol></article>
    ${rail}</main><footer><a href="/about">About us</a></footer></body></html>`);
}

function clean(doc: Document): void {
  const found = findArticle(doc);
  if (found.kind !== 'article') throw new Error(`no article: ${found.kind}`);
  for (const el of planCleanup(doc, found, { keepComments: false, keepImages: true }).hide) el.setAttribute('data-quiet-reader-hide', '');
}

describe('the lists a recipe page declares', () => {
  it('reads ingredients and steps from JSON-LD: HowToSteps, sections, or one string of sentences', () => {
    expect(declaredLists(recipePage())).toEqual([INGREDIENTS, STEPS]);
    const sections = recipeJson({ recipeInstructions: [{ '@type': 'HowToSection', name: 'Base', itemListElement: STEPS.slice(0, 2).map((text) => ({ '@type': 'HowToStep', text })) }, STEPS[2]] });
    expect(declaredLists(recipePage(sections))[1]).toEqual(STEPS.slice(0, 3));
    expect(declaredLists(recipePage(recipeJson({ recipeInstructions: STEPS.join(' ') })))[1]).toEqual(STEPS);
    const graph = JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, JSON.parse(recipeJson())] });
    expect(declaredLists(recipePage(graph))).toHaveLength(2);
  });

  it('compares words only: spacing, markup and character references aside', () => {
    expect(compact('2 tins <b>mandarins</b> ,&nbsp;about 300&#160;g')).toBe(compact('2 tins mandarins, about 300 g'));
  });

  it('keeps the ingredients table and the steps beside the prose Readability took, with their headings', () => {
    const doc = recipePage();
    clean(doc);
    expect(isHidden(doc.getElementById('para-0'))).toBe(false);
    expect(isHidden(doc.getElementById('ingredients'))).toBe(false);
    expect(isHidden(doc.getElementById('steps'))).toBe(false);
    expect(isHidden(doc.getElementById('method-heading'))).toBe(false);
    expect(isHidden(doc.getElementById('tools'))).toBe(true);
    expect(isHidden(doc.querySelector('nav'))).toBe(true);
  });

  it('keeps nothing more when the words are scattered over the page, or lost in a much larger block', () => {
    const doc = recipePage();
    const root = doc.getElementById('intro') as Element;
    // The ingredients table gone: its words are left only one by one in a tag cloud and the footer.
    doc.getElementById('ingredients')?.remove();
    doc.querySelector('nav')?.insertAdjacentHTML(
      'beforeend',
      INGREDIENTS.slice(0, 3)
        .map((i) => `<a href="/t">${i}</a>`)
        .join(' '),
    );
    doc.querySelector('footer')?.insertAdjacentHTML(
      'beforeend',
      INGREDIENTS.slice(3)
        .map((i) => `<a href="/t">${i}</a>`)
        .join(' '),
    );
    const parts = declaredParts(doc, root);
    expect(parts).toHaveLength(1); // the steps, with their heading
    expect(parts[0]?.contains(doc.getElementById('steps'))).toBe(true);
    expect(parts[0]?.contains(doc.getElementById('method-heading'))).toBe(true);
    // All of them in one block, but among ten times their text: a rail of other recipes.
    for (const a of Array.from(doc.querySelectorAll('nav a[href="/t"], footer a[href="/t"]'))) a.remove();
    const rail = `<aside id="rail">${INGREDIENTS.map((i) => `<a href="/r">${i}</a> `).join('')}${'<a href="/r">Another cake with a long and tempting name, baked</a> '.repeat(40)}</aside>`;
    doc.querySelector('main')?.insertAdjacentHTML('beforeend', rail);
    expect(declaredParts(doc, root)).toHaveLength(1);
  });

  it('reads a Recipe in microdata the same way', () => {
    const rows = INGREDIENTS.map((i) => `<tr itemprop="recipeIngredient"><td><a href="/i">${i}</a></td></tr>`).join('');
    const doc = domFrom(`<html><head><title>Mandarin cream cake</title></head><body><nav><a href="/">Home</a></nav>
      <main itemscope itemtype="https://schema.org/Recipe"><article class="card"><h1 itemprop="name">Mandarin cream cake</h1>
        <div class="box" id="ingredients"><h2>Ingredients</h2><table>${rows}</table></div>
        <div class="box" id="tools"><button>Add to shopping list</button> <a href="/print">Print</a></div></article>
      <article class="card"><div class="box" id="intro">${paragraphs(5, 'Intro')}</div></article>
      <article class="card"><h2>Method</h2><ol id="steps" class="box" itemprop="recipeInstructions">${STEPS.map((t) => `<li>${t}</li>`).join('')}</ol></article></main>
      <footer><a href="/about">About us</a></footer></body></html>`);
    const [ingredients, steps] = declaredLists(doc);
    expect(ingredients).toEqual(INGREDIENTS);
    expect(compact((steps ?? []).join(''))).toBe(compact(STEPS.join('')));
    clean(doc);
    expect(isHidden(doc.getElementById('para-0'))).toBe(false);
    expect(isHidden(doc.getElementById('ingredients'))).toBe(false);
    expect(isHidden(doc.getElementById('steps'))).toBe(false);
    expect(isHidden(doc.getElementById('tools'))).toBe(true);
  });

  it("keeps a product's description table, its own property and not a review's", () => {
    const reviews = Array.from(
      { length: 4 },
      (_, i) =>
        `<div itemprop="review" itemscope itemtype="https://schema.org/Review"><p itemprop="description">${'A lovely coffee, we drink it every morning and order it again and again, really. '.repeat(2)} (${i})</p></div>`,
    ).join('');
    const doc = domFrom(`<html><head><title>Sidamo beans</title></head><body><nav><a href="/">Shop</a></nav>
      <div class="product" itemscope itemtype="http://schema.org/Product"><div class="columns"><h1 itemprop="name">Sidamo beans</h1>
        <div id="description" itemprop="description"><table><tr><td>Aroma</td><td>Red berries, citrus, sweet</td></tr><tr><td>Process</td><td>Hand-picked, washed, sun-dried</td></tr><tr><td>Origin</td><td>Sidama cooperative, Ethiopia</td></tr></table></div>
        <div class="buy"><button>Add to cart</button></div></div>
      <div id="reviews" class="review-list">${reviews}</div></div>
      <div class="story">${paragraphs(4, 'Our roastery')}</div></body></html>`);
    expect(declaredLists(doc)).toHaveLength(1);
    const story = doc.querySelector('.story') as Element;
    const parts = declaredParts(doc, story);
    expect(parts.map((el) => el.id)).toContain('description');
    expect(parts.some((el) => el.contains(doc.getElementById('reviews')))).toBe(false);
  });

  it('looks for a bounded number of lists, whatever the JSON-LD declares', () => {
    const many = JSON.stringify({ '@context': 'https://schema.org', '@graph': Array.from({ length: 40 }, () => JSON.parse(recipeJson())) });
    const doc = recipePage(many);
    expect(declaredLists(doc).length).toBeLessThanOrEqual(4);
    // Hostile values are data: not strings, nested deep, or markup, they find nothing and break nothing.
    const odd = recipeJson({ recipeIngredient: [null, 5, { a: 1 }, '<img src=x onerror=alert(1)>'], recipeInstructions: [[[[[['deep']]]]]] });
    const oddPage = recipePage(odd);
    expect(() => declaredParts(oddPage, oddPage.getElementById('intro') as Element)).not.toThrow();
  });

  it('finds nothing on a page that declares no recipe', () => {
    const doc = recipePage(JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Mandarin cream cake' }));
    expect(declaredParts(doc, doc.getElementById('intro') as Element)).toEqual([]);
  });
});
