import { Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { EvidenceRef } from '@shared/domain/customers/evidence';
import type { FeedbackEntry, Outreach } from '@shared/domain/customers/feedback-entry';
import { FrozenFieldset } from '../../form-kit/FrozenFieldset';
import type { SystemType } from '@shared/domain/utility';
import { useScreenLanguage } from '../../i18n/use-screen-language';
import { useText } from '../../i18n/use-text';
import { EntryList } from './EntryList';
import type { CardLine } from './card-entry-options';
import { FastEntryForm } from './FastEntryForm';
import { OutreachEditor } from './OutreachEditor';
import { OutreachList, outreachName } from './OutreachList';
import type { CustomerRecordsState } from './use-customer-records';

interface OutreachSectionProps {
  state: CustomerRecordsState;
  /** Step 1's: which topics and service questions a card has. */
  systemType: SystemType | null;
  /** The importance question's lines, as the printed card has them. */
  importance: readonly CardLine[];
  frozen: boolean;
  onUseAsEvidence: (ref: EvidenceRef) => void;
}

/** "Outreach and feedback": each meeting, round of doors or survey, and the cards it brought. */
export function OutreachSection(props: OutreachSectionProps) {
  const { state, systemType, importance, frozen, onUseAsEvidence } = props;
  const { outreaches, entries, plan } = state.records;
  const text = useText();
  const language = useScreenLanguage();
  const nameOf = (outreach: Outreach) => outreachName(text, language, outreach);
  const [selectedId, setSelectedId] = useState<string | null>(outreaches.at(-1)?.id ?? null);
  // Focus moves into the card form only once the user picked an outreach, not on opening.
  const [picked, setPicked] = useState(false);
  const [editing, setEditing] = useState<Outreach | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Outreach | null>(null);
  const [openEntry, setOpenEntry] = useState<FeedbackEntry | null>(null);
  const selected = outreaches.find((outreach) => outreach.id === selectedId) ?? null;
  const mine = selected ? entries.filter((entry) => entry.outreachId === selected.id) : [];
  const cardsOf = (outreach: Outreach) =>
    entries.filter((entry) => entry.outreachId === outreach.id).length;

  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Text maw={640}>{text('customers.outreach.intro')}</Text>
        <Button disabled={frozen} onClick={() => setEditing('new')}>
          {text('customers.outreach.add')}
        </Button>
      </Group>
      <OutreachList
        outreaches={outreaches}
        entries={entries}
        selectedId={selectedId}
        frozen={frozen}
        onSelect={(outreach) => {
          setSelectedId(outreach.id);
          setPicked(true);
        }}
        onEdit={setEditing}
        onDelete={setDeleting}
      />
      {selected && (
        <Stack gap="md">
          <Title order={4}>{text('customers.outreach.cardsFor', { name: nameOf(selected) })}</Title>
          {!frozen && (
            <FastEntryForm
              key={selected.id}
              label={text('customers.outreach.newCardFor', { name: nameOf(selected) })}
              savedCount={mine.length}
              systemType={systemType}
              importance={importance}
              autoFocus={picked}
              onSave={(fields) => state.addEntry(selected.id, fields)}
            />
          )}
          <EntryList
            entries={mine}
            frozen={frozen}
            onEdit={setOpenEntry}
            onDelete={(entry) => void state.deleteEntry(entry)}
            onUseAsEvidence={(entry) => onUseAsEvidence({ kind: 'entry', entryId: entry.id })}
          />
        </Stack>
      )}
      {editing !== null && (
        <OutreachEditor
          outreach={editing === 'new' ? null : editing}
          defaultMethod={plan.value.methods[0]?.method ?? null}
          onClose={() => setEditing(null)}
          onSave={async (fields) => {
            if (editing !== 'new') return state.updateOutreach(editing, fields);
            const added = await state.addOutreach(fields);
            if (added) setSelectedId(added.id);
            return added !== null;
          }}
        />
      )}
      <Modal
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title={text('customers.outreach.deleteTitle')}
        closeButtonProps={{ 'aria-label': text('customers.outreach.keepLabel') }}
      >
        {deleting && (
          <Stack gap="md">
            <Text>
              {text('customers.outreach.deleteBody', {
                name: nameOf(deleting),
                cards: cardsOf(deleting),
              })}
            </Text>
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setDeleting(null)}>
                {text('customers.outreach.keep')}
              </Button>
              <Button
                color="red.9"
                onClick={() => {
                  const target = deleting;
                  setDeleting(null);
                  void state.deleteOutreach(target.id);
                }}
              >
                {text('customers.outreach.deleteAll')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
      <Modal
        opened={openEntry !== null}
        onClose={() => setOpenEntry(null)}
        // Wide enough for a grid question's line and its answers side by side, as on the card.
        size="60rem"
        title={text(
          frozen ? 'customers.outreach.savedCardTitle' : 'customers.outreach.changeCardTitle',
        )}
        closeButtonProps={{ 'aria-label': text('customers.outreach.closeCard') }}
      >
        {openEntry && (
          <FrozenFieldset frozen={frozen}>
            <FastEntryForm
              label={text('customers.outreach.savedCard')}
              initial={openEntry}
              savedCount={mine.length}
              systemType={systemType}
              importance={importance}
              autoFocus
              onCancel={() => setOpenEntry(null)}
              onSave={async (fields) => {
                const failure = await state.updateEntry(openEntry, fields);
                if (failure === null) setOpenEntry(null);
                return failure;
              }}
            />
          </FrozenFieldset>
        )}
      </Modal>
    </Stack>
  );
}
