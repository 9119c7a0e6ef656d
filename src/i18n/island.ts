// The locale inside Preact islands: the island's root takes the page's locale as a prop and provides it; every
// component below asks `useT()` for a t() of that locale, as pages do with `i18nFor(Astro.url)`.
import { createContext, h, type ComponentType } from 'preact';
import { useContext } from 'preact/hooks';
import { DEFAULT_LOCALE, localePath, translator, type Locale, type Translate } from './index';

/** The page's locale, provided by each island's root component. */
export const LocaleContext = createContext<Locale>(DEFAULT_LOCALE);

/** The t() of the page's locale. */
export function useT(): Translate {
  return translator(useContext(LocaleContext));
}

/** A link to a site path in the page's locale. */
export function useLink(): (path: string) => string {
  const locale = useContext(LocaleContext);
  return (path) => localePath(locale, path);
}

/** An island's root: takes the page's locale as a prop and provides it to every component below. */
export function withLocale<P extends object>(
  Inner: ComponentType<P>,
): (props: P & { locale?: Locale }) => h.JSX.Element {
  return ({ locale = DEFAULT_LOCALE, ...props }) => h(LocaleContext.Provider, { value: locale }, h(Inner, props as P));
}
