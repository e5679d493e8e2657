import { createRouter, createWebHashHistory, type RouteLocationNormalized } from 'vue-router';

/** Route params as numbers, for views that take a round or a file by id. */
const numberParam = (name: string) => (route: RouteLocationNormalized) => ({ [name]: Number(route.params[name]) });

// Hash history: the window is loaded from file:// in the desktop app.
export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/', name: 'rounds', component: () => import('./views/RoundsView.vue') },
    {
      path: '/dot/:roundId',
      component: () => import('./views/RoundLayout.vue'),
      props: numberParam('roundId'),
      children: [
        { path: '', redirect: { name: 'board' } },
        { path: 'nhan', name: 'import', props: numberParam('roundId'), component: () => import('./views/ImportView.vue') },
        { path: 'tinh-hinh', name: 'board', props: numberParam('roundId'), component: () => import('./views/BoardView.vue') },
        {
          path: 'don-vi/:unitCode',
          name: 'unit',
          component: () => import('./views/UnitReportView.vue'),
          props: (route) => ({ roundId: Number(route.params.roundId), unitCode: String(route.params.unitCode) }),
        },
        {
          path: 'tep/:fileId',
          name: 'file',
          component: () => import('./views/FileReportView.vue'),
          props: (route) => ({ roundId: Number(route.params.roundId), fileId: Number(route.params.fileId) }),
        },
        { path: 'tong-hop', name: 'consolidation', props: numberParam('roundId'), component: () => import('./views/ConsolidationView.vue') },
      ],
    },
    { path: '/mau-bao-cao/sua', name: 'template-editor', component: () => import('./views/TemplateEditorView.vue') },
    { path: '/cai-dat/:tab?', name: 'settings', component: () => import('./views/SettingsView.vue') },
    { path: '/:rest(.*)*', redirect: '/' },
  ],
});
