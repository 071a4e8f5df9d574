import type { ContentPack } from '@/content/types';
import type { PathHighlight } from '@/machines/to-mermaid';
import { answerLabels } from '@/machines/answer-labels';
import { fill } from '@/lib/fill';

/**
 * "See how we got here" as text: each question on the path with the answers
 * given, the answer that set the level marked in words (not colour alone), then
 * where the path ended.
 */
export function PathAnswers({ content, path, resultLabel }: { content: ContentPack; path: PathHighlight; resultLabel?: string }) {
  const d = content.diagram;
  const { setBy } = path;
  return (
    <>
      <ol className="app-path__list" data-testid="path-answers">
        {path.answers.map((answer) => {
          const q = content.questions[answer.question];
          const ids = typeof answer.value === 'string' ? [answer.value] : answer.value.length > 0 ? answer.value : ['none'];
          const labels = answerLabels(content, answer);
          return (
            <li key={answer.question} data-path-node={answer.question}>
              <span className="app-path__question">{q.heading}</span>
              <ul className="app-list">
                {ids.map((id, i) => {
                  const setter = setBy?.question === answer.question && setBy.answer === id;
                  return (
                    <li key={id} className={setter ? 'app-path__setter' : undefined} data-set-level={setter ? setBy.level : undefined}>
                      {labels[i]}
                      {setter ? <strong className="app-path__setter-tag"> {fill(d.pathSetLevel, { level: content.triage[setBy.level].label })}</strong> : null}
                    </li>
                  );
                })}
              </ul>
            </li>
          );
        })}
      </ol>
      {resultLabel ? <p data-testid="path-result">{fill(d.pathEnded, { result: resultLabel })}</p> : null}
      {!setBy ? <p>{d.pathNoSetter}</p> : null}
    </>
  );
}
