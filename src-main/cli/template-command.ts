import type { TemplateArgs } from './template-args';

/** `template …`: each subcommand in its own module, loaded when it runs. */
export async function runTemplate(args: TemplateArgs): Promise<void> {
  switch (args.sub) {
    case 'infer':
      return (await import('./template-infer-command')).runTemplateInfer(args);
  }
}
