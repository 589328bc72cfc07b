import type { LineRule } from './types.js';

/**
 * A product card inside a recipe, review or how-to story, flattened one element per line: its price button ("$32.95
 * at Amazon", the sale price before the list price "$19.99 $24.99 at Amazon"), its shop button ("Shop now") and the
 * card's price note ("Prices and availability are accurate as of publication…"). The product's name stays to the
 * classifier: it reads like a subheading. A deals post writes its own buying line as a sentence ("Get it on Amazon
 * for $139", "Also at Walmart": aeb 287e4d9f's gold) or prints the price apart from the shop ("$139.00" / "Available
 * from Amazon", e7d77f18), never the bare price and the shop on one line.
 */
const PRICE = String.raw`[$£€]\d{1,3}(?:,\d{3})*(?:\.\d{2})?`;
/** One or two prices, then the shop's name: a few capitalised words (or one in lowercase letters with a domain, "amazon.com"). */
const PRICE_AT_SHOP = new RegExp(String.raw`^${PRICE}(?: ${PRICE})? (?:at|from) (?:\p{Lu}[\p{L}\p{N}'’&.-]*(?: \p{Lu}[\p{L}\p{N}'’&.-]*){0,3}|[\p{Ll}\p{N}-]{2,30}\.(?:com|co\.uk|ca|com\.au))$`, 'u');
/**
 * The shop button. A deals post's cards are its story, buttons included (aeb e7d77f18's gold keeps BGR's "Buy Now" under
 * every product), so only the recipe and review cards' "Shop now" is named, and a deals post printing it loses it.
 */
const SHOP_BUTTON = /^shop now[ .!>»›]*$/i;
const PRICE_NOTE =
  /^(?:all )?prices? (?:and availability )?(?:are|were) (?:accurate|correct|current|up to date) (?:as of|at (?:the )?time of) (?:publication|publishing|writing|posting)(?:,? (?:and )?(?:are |is )?subject to change)?\.?$/i;

export const rule: LineRule = {
  kind: 'line',
  id: 'shopping-card',
  category: 'advertisement',
  description:
    'A product card\'s price button ("$32.95 at Amazon", "$19.99 $24.99 at Amazon"), its shop button ("Shop now") and its price note ("Prices and availability are accurate as of publication…").',
  englishOnly: true,
  match(text) {
    if (PRICE_AT_SHOP.test(text)) return { reason: 'product card price button' };
    if (SHOP_BUTTON.test(text)) return { reason: 'product card shop button' };
    return PRICE_NOTE.test(text) ? { reason: 'product card price note' } : null;
  },
  examples: {
    source: 'a US paper\'s recipe story with product cards in it (probe r23, made-up page); aeb 287e4d9f and e7d77f18 (gold) for the deals posts\' own lines',
    remove: [
      '$32.95 at Amazon',
      '$34.99 at Target',
      '$19.99 $24.99 at Amazon',
      '$149.95 at Williams Sonoma',
      'Shop now',
      'Prices and availability are accurate as of publication and are subject to change.',
    ],
    keep: [
      // aeb 287e4d9f (gold).
      'Get it on Amazon for $139',
      'Also at Walmart',
      'Get it at Walmart for $238.99',
      // aeb e7d77f18 (gold): BGR's deals post, a product card that is the story.
      '$139.00', 'Available from Amazon', 'Buy Now',
      '$32.95 at Amazon was the lowest price we found.',
      'Shop now or pay more later, analysts warn.',
      'Prices were accurate at the time of writing, the retailer said, but have since risen by a fifth.',
    ],
  },
};
