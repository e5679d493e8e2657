import { mount, type ComponentMountingOptions } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import type { Component } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { i18n } from '../../src-renderer/src/i18n';

/** A router whose routes are the window's names, each an empty page, so links render. */
function testRouter() {
  const empty = { render: () => null };
  const names = ['rounds', 'import', 'board', 'unit', 'file', 'consolidation', 'settings'];
  return createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/', component: empty }, ...names.map((name) => ({ path: `/${name}/:roundId?/:unitCode?/:fileId?/:tab?`, name, component: empty }))],
  });
}

/** Mounts a window component with its Pinia, Vietnamese messages and a router, as the app does. */
export function mountInApp<C extends Component>(component: C, options: ComponentMountingOptions<C> = {}) {
  const pinia = createPinia();
  setActivePinia(pinia);
  i18n.global.locale.value = 'vi';
  return mount(component, { attachTo: document.body, ...options, global: { plugins: [pinia, i18n, testRouter()], ...options.global } } as ComponentMountingOptions<C>);
}
