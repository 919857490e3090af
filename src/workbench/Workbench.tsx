// The workbench: the task pane beside a grid preview of an .xlsx workbook, for use without Excel.
// Open a file (picker or drop), load the bundled sample, plan, write, download the result.

import { Button, Field, MessageBar, MessageBarBody, Select, Spinner, Text } from "@fluentui/react-components";
import {
  ArrowDownload20Regular,
  DocumentBulletList20Regular,
  DocumentTable20Regular,
  FolderOpen20Regular,
} from "@fluentui/react-icons";
import { useCallback, useEffect, useId, useRef, useState, type DragEvent, type ReactElement } from "react";
import { LANGUAGES, type Language } from "../domain/plan";
import { ui } from "../i18n/ui";
import { ErrorMessages } from "../taskpane/ErrorMessages";
import { TaskPane } from "../taskpane/TaskPane";
import type { ShownError } from "../taskpane/useErrors";
import { GridPreview } from "./GridPreview";
import { usePlanFile } from "./usePlanFile";
import { SAMPLES, useWorkbookFile, type PortDecorator } from "./useWorkbookFile";
import { useWorkbenchStyles } from "./useWorkbenchStyles.styles";

export type WorkbenchProps = {
  initialLanguage: Language;
  asOf: string;
  /** Called once the page shows the step list and the sample button (the bench's "meaningful"). */
  onFirstRender?: () => void;
  /** Wraps each opened workbook's port (tests only: the page users get passes none). */
  decoratePort?: PortDecorator;
};

const LANGUAGE_NAME: Record<Language, string> = { de: "Deutsch", en: "English" };

const isLanguage = (value: string): value is Language => LANGUAGES.some((l) => l === value);

function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer.types).includes("Files");
}

export function Workbench({ initialLanguage, asOf, onFirstRender, decoratePort }: WorkbenchProps) {
  const styles = useWorkbenchStyles();
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const [errors, setErrors] = useState<readonly ShownError[]>([]);
  const [dragging, setDragging] = useState(false);
  const nextErrorId = useRef(1);
  const previewHeading = useId();

  const showError = useCallback((text: string) => {
    const id = nextErrorId.current++;
    setErrors((shown) => [...shown.filter((e) => e.text !== text), { id, text }]);
  }, []);
  const file = useWorkbookFile(language, showError, decoratePort ?? null);
  const planFile = usePlanFile(language, showError);
  const { session, preview, selection } = file;

  // Errors about the previous workbook no longer apply once another one is open.
  useEffect(() => {
    setErrors([]);
  }, [session.id]);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = ui(language, "wbTitle");
  }, [language]);

  // Once, after the first commit: that is when the steps and the sample button are on screen.
  const firstRender = useRef(onFirstRender);
  useEffect(() => {
    firstRender.current?.();
    firstRender.current = undefined;
  }, []);

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped) void file.openFile(dropped);
  };

  return (
    <div
      className={styles.root}
      onDragOver={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = "copy";
        setDragging(true);
      }}
      onDragLeave={(event) => {
        // Only when the pointer leaves the page, not when it moves between children.
        if (event.currentTarget === event.target) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <header className={styles.header}>
        <div className={styles.titleBlock}>
          <h1 className={styles.title}>{ui(language, "wbTitle")}</h1>
          <p className={styles.subtitle}>{ui(language, "wbSubtitle")}</p>
        </div>
        <div className={styles.toolbar} role="group" aria-label={ui(language, "wbToolbar")}>
          <FilePicker
            icon={<FolderOpen20Regular />}
            label={ui(language, "wbOpen")}
            inputLabel={ui(language, "wbOpenInput")}
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            testId="workbook-file"
            className={styles.fileInput}
            onFile={(chosen) => void file.openFile(chosen)}
          />
          <Button
            appearance="primary"
            icon={<DocumentTable20Regular />}
            onClick={() => {
              void file.loadSample(SAMPLES.de);
            }}
          >
            {ui(language, "wbLoadSample")}
          </Button>
          <Button
            onClick={() => {
              void file.loadSample(SAMPLES.en);
            }}
          >
            {ui(language, "wbLoadSampleEn")}
          </Button>
          <FilePicker
            icon={<DocumentBulletList20Regular />}
            label={ui(language, "wbOpenPlan")}
            inputLabel={ui(language, "wbOpenPlanInput")}
            accept=".json,application/json"
            testId="plan-file"
            className={styles.fileInput}
            onFile={(chosen) => void planFile.openPlanFile(chosen)}
          />
          <Button
            icon={<ArrowDownload20Regular />}
            disabled={session.xlsx === null}
            onClick={() => {
              void file.download();
            }}
          >
            {ui(language, "wbDownload")}
          </Button>
          <Field label={ui(language, "wbLanguage")} orientation="horizontal" className={styles.language}>
            <Select
              value={language}
              onChange={(_event, data) => {
                if (isLanguage(data.value)) setLanguage(data.value);
              }}
            >
              {LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {LANGUAGE_NAME[l]}
                </option>
              ))}
            </Select>
          </Field>
        </div>
      </header>

      {(errors.length > 0 || file.busy !== null || file.status !== null) && (
        <div className={styles.messages}>
          <ErrorMessages
            language={language}
            errors={errors}
            onDismiss={(id) => {
              setErrors((shown) => shown.filter((e) => e.id !== id));
            }}
          />
          {file.busy !== null && (
            <Spinner
              size="tiny"
              labelPosition="after"
              label={ui(language, file.busy.key, { name: file.busy.name })}
            />
          )}
          {file.busy === null && file.status !== null && (
            <Text role="status" className={styles.status}>
              {ui(language, file.status.key, { name: file.status.name })}
            </Text>
          )}
        </div>
      )}

      <main className={styles.main}>
        <section className={styles.pane} aria-label={ui(language, "wbTaskPane")}>
          <TaskPane
            key={session.id}
            port={session.port}
            language={language}
            asOf={asOf}
            titleLevel={2}
            onWritten={file.refresh}
            importedPlan={planFile.imported}
          />
        </section>
        <section className={styles.preview} aria-labelledby={previewHeading}>
          <h2 id={previewHeading} className={styles.previewTitle}>
            {session.name === null
              ? ui(language, "wbPreview")
              : `${ui(language, "wbPreview")}: ${session.name}`}
          </h2>
          {session.xlsx === null ? (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>{ui(language, "wbNoWorkbook")}</MessageBarBody>
            </MessageBar>
          ) : file.previewFailed ? null : preview === null ? (
            <Spinner size="small" label={ui(language, "working")} />
          ) : (
            <GridPreview
              language={language}
              preview={preview}
              sheet={selection?.sheet ?? null}
              selection={selection?.address ?? null}
              onSelectSheet={file.selectSheet}
            />
          )}
        </section>
      </main>

      {dragging && (
        <div className={styles.dropOverlay} aria-hidden="true">
          <span className={styles.dropHint}>{ui(language, "wbDropHint")}</span>
        </div>
      )}
    </div>
  );
}

type FilePickerProps = {
  icon: ReactElement;
  label: string;
  /** The hidden file input's own name (tests and assistive technology reach it by that). */
  inputLabel: string;
  accept: string;
  testId: string;
  className: string;
  onFile: (file: File) => void;
};

/** A button that opens the browser's file dialog through a hidden file input. */
function FilePicker({ icon, label, inputLabel, accept, testId, className, onFile }: FilePickerProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button
        icon={icon}
        onClick={() => {
          input.current?.click();
        }}
      >
        {label}
      </Button>
      <input
        ref={input}
        type="file"
        accept={accept}
        aria-label={inputLabel}
        className={className}
        data-testid={testId}
        onChange={(event) => {
          const chosen = event.currentTarget.files?.[0];
          // Cleared, so that choosing the same file again opens it again.
          event.currentTarget.value = "";
          if (chosen) onFile(chosen);
        }}
      />
    </>
  );
}
