'use client'
import { FieldLabel, useField } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'

/** On a delivery's page the published address is a link to follow, not a text box. */
const DeliveryUrlField: TextFieldClientComponent = ({ field, path }) => {
  const { value } = useField<string>({ path: path ?? field.name })
  const url = typeof value === 'string' && /^https?:\/\//.test(value) ? value : ''
  return (
    <div className="field-type yg-delivery-url" id="yg-delivery-url">
      <FieldLabel label={field.label} path={path} />
      {url ? (
        <a href={url} rel="noopener noreferrer" target="_blank">
          {url}
        </a>
      ) : (
        <span className="yg-preview__note">尚未发布</span>
      )}
    </div>
  )
}

export default DeliveryUrlField
