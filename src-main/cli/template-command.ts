import type { TemplateArgs } from './template-args';

/** `template …`: each subcommand in its own module, loaded when it runs. */
export async function runTemplate(args: TemplateArgs): Promise<void> {
  switch (args.subcommand) {
    case 'infer':
      return (await import('./template-infer-command')).runTemplateInfer(args);
    case 'save':
      return (await import('./template-save-command')).runTemplateSave(args);
    case 'form':
      return (await import('./template-form-command')).runTemplateForm(args);
  }
}
